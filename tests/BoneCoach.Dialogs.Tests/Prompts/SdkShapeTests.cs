using BoneCoach.Dialogs.Tests.Harness;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using static BoneCoach.Dialogs.Tests.Harness.Script;

namespace BoneCoach.Dialogs.Tests.Prompts;

/// <summary>Where the engine's shapes follow the SDK: ListStyle values, ConfirmChoices, FoundChoice.Synonym.</summary>
public class SdkShapeTests
{
    [Fact]
    public void ListStyle_has_the_sdk_values_in_the_sdk_order()
    {
        Assert.Equal(["None", "Auto", "Inline", "List", "SuggestedAction", "HeroCard"], Enum.GetNames<ListStyle>());
    }

    [Theory]
    [InlineData(ListStyle.None)]
    [InlineData(ListStyle.HeroCard)]
    [InlineData(ListStyle.Auto)]
    public void A_list_style_is_stored_by_name_and_read_back(ListStyle style)
    {
        var stored = JObject.FromObject(new PromptOptions { Style = style });

        Assert.Equal(style.ToString(), (string?)stored["Style"]);
        Assert.Equal(style, stored.ToObject<PromptOptions>()!.Style);
    }

    [Theory]
    [InlineData(0, ListStyle.Auto)]
    [InlineData(1, ListStyle.None)]
    [InlineData(2, ListStyle.List)]
    [InlineData(3, ListStyle.SuggestedAction)]
    public void A_number_stored_before_the_sdk_order_reads_as_the_style_it_meant(int stored, ListStyle meant)
    {
        var options = JsonConvert.DeserializeObject<PromptOptions>($"{{\"Style\": {stored}}}")!;

        Assert.Equal(meant, options.Style);
    }

    [Fact]
    public void A_found_choice_names_the_synonym_her_words_matched()
    {
        Choice[] choices = [new("past", "I used to", "in the past"), new("never", "not ever")];

        var exact = ChoiceMatcher.Match("In the past.", choices, "en-us");
        var words = ChoiceMatcher.Match("I used to, years ago", choices, "en-us");

        Assert.Equal(("past", "in the past"), (exact!.Value, exact.Synonym));
        Assert.Equal(("past", "I used to"), (words!.Value, words.Synonym));
    }

    [Fact]
    public async Task Confirm_choices_replace_the_yes_and_no_words()
    {
        var harness = new DialogHarness(() => Root(
            [Ask("confirm", "Keep going?", o => o.Style = ListStyle.List), Echo()],
            new ConfirmPrompt("confirm") { ConfirmChoices = Tuple.Create(new Choice("Carry on"), new Choice("Stop here")) }));

        await harness.Flow()
            .Send("hi").AssertReply("Keep going?\n\n   1. Carry on\n   2. Stop here")
            .Send("stop here").AssertReply("got no")
            .StartTestAsync();
    }
}
