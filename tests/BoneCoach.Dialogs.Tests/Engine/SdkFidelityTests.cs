using BoneCoach.Dialogs.Tests.Harness;
using static BoneCoach.Dialogs.Tests.Harness.Script;

namespace BoneCoach.Dialogs.Tests.Engine;

/// <summary>Behaviour of Microsoft.Bot.Builder.Dialogs that this engine keeps, checked by our own tests (issue 20).</summary>
public class SdkFidelityTests
{
    public static TheoryData<string> BlankIds => ["", " ", "\t"];

    [Fact]
    public void A_dialog_given_no_id_is_named_after_its_type()
    {
        Assert.Equal(nameof(ComponentDialog), new ComponentDialog().Id);
    }

    [Fact]
    public void A_dialog_id_can_be_changed_before_the_dialog_joins_a_set()
    {
        var dialog = new ComponentDialog("first") { Id = "second" };

        var set = new DialogSet().Add(dialog);

        Assert.Same(dialog, set.Find("second"));
        Assert.Null(set.Find("first"));
    }

    [Theory]
    [MemberData(nameof(BlankIds))]
    public void A_blank_id_given_to_a_dialog_or_prompt_throws_ArgumentNullException(string id)
    {
        Assert.Throws<ArgumentNullException>(() => new ComponentDialog(id));
        Assert.Throws<ArgumentNullException>(() => new TextPrompt(id));
        Assert.Throws<ArgumentNullException>(() => new DialogSet().Find(id));
    }

    [Fact]
    public void A_prompt_without_an_id_throws_ArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => new TextPrompt(null!));
    }

    [Theory]
    [MemberData(nameof(BlankIds))]
    public async Task Beginning_or_replacing_with_a_blank_id_throws_ArgumentNullException(string id)
    {
        var dc = new DialogContext(new DialogSet().Add(new ComponentDialog("a")), TurnContexts.Message(), new DialogState());

        await Assert.ThrowsAsync<ArgumentNullException>(() => dc.BeginDialogAsync(id));
        await Assert.ThrowsAsync<ArgumentNullException>(() => dc.ReplaceDialogAsync(id));
    }

    [Fact]
    public void A_set_keeps_its_version_until_a_dialog_is_added()
    {
        var set = new DialogSet().Add(new WaterfallDialog("flow", [Echo()]));
        var before = set.GetVersion();

        Assert.Equal(before, set.GetVersion());
        Assert.Equal(before, new DialogSet().Add(new WaterfallDialog("flow", [Echo()])).GetVersion());

        set.Add(new TextPrompt("text"));

        Assert.NotEqual(before, set.GetVersion());
    }

    [Fact]
    public void A_waterfall_with_another_step_count_is_another_version()
    {
        Assert.Equal("flow:1", new WaterfallDialog("flow", [Echo()]).GetVersion());
        Assert.NotEqual(
            new DialogSet().Add(new WaterfallDialog("flow", [Echo()])).GetVersion(),
            new DialogSet().Add(new WaterfallDialog("flow", [Echo(), Echo()])).GetVersion());
    }

    [Fact]
    public void A_component_exposes_its_inner_dialogs_and_takes_their_version()
    {
        var component = Root([Echo()], new TextPrompt("text"));

        Assert.NotNull(component.Dialogs.Find("text"));
        Assert.Equal(component.Dialogs.GetVersion(), component.GetVersion());
    }

    [Theory]
    [InlineData("  Ana  ")]
    [InlineData("   ")]
    public async Task A_text_prompt_returns_the_text_exactly_as_sent(string sent)
    {
        var harness = new DialogHarness(() => Root([Ask("text", "Name?"), Echo()], new TextPrompt("text") { Navigation = NavigationCommands.None }));

        await harness.Flow()
            .Send("hi").AssertReply("Name?")
            .Send(sent).AssertReply($"got {sent}")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("7 hours", "7")]
    [InlineData("I weigh 60 kg", "60")]
    [InlineData("I've run 5km", "5")]
    [InlineData("The temperature is 32C", "32")]
    [InlineData("500 dollars", "500")]
    [InlineData("i am 18 years old", "18")]
    public async Task A_number_prompt_takes_a_number_written_with_a_unit_when_there_is_no_plain_number(string answer, string expected)
    {
        var harness = new DialogHarness(() => Root([Ask("number", "Enter a number."), Echo()], new NumberPrompt<double>("number")));

        await harness.Flow().Send("hi").AssertReply("Enter a number.").Send(answer).AssertReply($"got {expected}").StartTestAsync();
    }

    [Fact]
    public async Task Without_the_unit_fallback_only_the_listed_units_count()
    {
        var rules = new NumberRules { Units = ["h"], UnitFallback = false };
        var harness = new DialogHarness(() => Root([Ask("number", "Hours?", o => o.Validations = rules), Echo()], new NumberPrompt<double>("number")));

        await harness.Flow()
            .Send("hi").AssertReply("Hours?")
            .Send("60 kg").AssertReply("Hours?")
            .Send("7 hours").AssertReply("got 7")
            .StartTestAsync();
    }
}
