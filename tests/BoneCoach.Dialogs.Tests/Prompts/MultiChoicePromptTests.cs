using BoneCoach.Dialogs.Tests.Harness;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using static BoneCoach.Dialogs.Tests.Harness.Script;

namespace BoneCoach.Dialogs.Tests.Prompts;

public class MultiChoicePromptTests
{
    private static readonly List<Choice> Supplements =
    [
        new("Calcium"), new("Vitamin D", "vit d", "d3", "vitamin d3"), new("Magnesium", "mag"), new("K2", "vitamin k2", "vitamin k"),
        new("Omega-3", "fish oil", "omega 3"),
    ];

    public static TheoryData<string, string> Answers => new()
    {
        { "calcium and vitamin D", "Calcium, Vitamin D" },
        { "Calcium, vit D, magnesium", "Calcium, Vitamin D, Magnesium" },
        { "all except K2", "Calcium, Vitamin D, Magnesium, Omega-3" },
        { "all of them except k2 and fish oil", "Calcium, Vitamin D, Magnesium" },
        { "everything but the magnesium", "Calcium, Vitamin D, K2, Omega-3" },
        { "just the calcium", "Calcium" },
        { "no calcium, only vitamin d3", "Vitamin D" },
        { "all of them", "Calcium, Vitamin D, Magnesium, K2, Omega-3" },
        { "yes all of the above", "Calcium, Vitamin D, Magnesium, K2, Omega-3" },
        { "todos menos el k2", "Calcium, Vitamin D, Magnesium, Omega-3" },
        { "calcium every day", "Calcium" },
        { "d3 in winter but my husband takes fish oil, and i take magnesium", "Vitamin D, Magnesium" },
        { "none", "none" },
        { "None of these", "none" },
        { "nothing", "none" },
        { "i don't take any", "none" },
        { "1 and 3", "Calcium, Magnesium" },
        { "fish oil and d3", "Vitamin D, Omega-3" },
        { "yes, every one of them", "Calcium, Vitamin D, Magnesium, K2, Omega-3" },
        // Issue 13: "every" or "all" in a sentence about something else is not "all of them".
        { "I take vitamin D every day", "Vitamin D" },
        { "calcium, I've taken it all my life", "Calcium" },
        // "no supplements" got "I'm having trouble understanding this one": none, in the list's word for its kind.
        { "no supplements", "none" },
        { "nope, no pills", "none" },
        { "I don't take any supplements", "none" },
        { "ningún suplemento", "none" },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public void Her_words_name_the_set_she_takes(string said, string expected)
    {
        var found = MultiChoiceReader.Read(said, Supplements, "en-US");

        Assert.NotNull(found);
        Assert.Equal(expected, found.ToString());
    }

    [Theory]
    [InlineData("a multivitamin")]
    [InlineData("I take alendronate every week")]
    [InlineData("vitamin")]
    [InlineData("not k2")]
    [InlineData("7")]
    [InlineData("")]
    [InlineData("not really, the dog gets me out walking every day")]
    [InlineData("i take something for my stomach all the time")]
    [InlineData("camino todos los días")]
    [InlineData("none of those, my sister takes fish oil")]
    [InlineData("no idea")]
    [InlineData("no more")]
    [InlineData("no 3")]
    [InlineData("no steroids")]
    [InlineData("no smoking")]
    public void Words_that_name_no_choice_are_not_an_answer(string said) =>
        Assert.Null(MultiChoiceReader.Read(said, Supplements, "en-US"));

    [Fact]
    public async Task On_a_channel_without_cards_the_choices_are_listed_and_her_words_end_it_with_the_set()
    {
        var harness = new DialogHarness(() => Root([Ask("pick", "Which do you take?", o => o.Choices = Supplements), Echo()], new MultiChoicePrompt("pick")));

        await harness.Flow()
            .Send("hi").AssertReply("Which do you take?\n\n1. Calcium\n2. Vitamin D\n3. Magnesium\n4. K2\n5. Omega-3")
            .Send("all except K2").AssertReply("got Calcium, Vitamin D, Magnesium, Omega-3")
            .StartTestAsync();
    }

    [Fact]
    public async Task Words_it_cannot_place_get_the_retry_and_none_is_an_answer()
    {
        var harness = new DialogHarness(() => Root(
            [Ask("pick", "Which?", o => { o.Choices = Supplements; o.Style = ListStyle.None; o.RetryPrompt = MessageFactory.Text("Say the ones you take, or none."); }), Echo()],
            new MultiChoicePrompt("pick")));

        await harness.Flow()
            .Send("hi").AssertReply("Which?")
            .Send("a multivitamin").AssertReply("Say the ones you take, or none.")
            .Send("none of these").AssertReply("got none")
            .StartTestAsync();
    }

    [Fact]
    public async Task Where_cards_show_it_sends_a_multi_select_choice_set_and_takes_the_ticked_values()
    {
        var harness = new DialogHarness(
            () => Root([Ask("pick", "Which do you take?", o => o.Choices = Supplements), Echo()], new MultiChoicePrompt("pick")),
            DialogHarness.Conversation(Channels.Webchat));

        await harness.Flow()
            .Send("hi").AssertReply(activity =>
            {
                var message = (IMessageActivity)activity;
                Assert.Equal("Which do you take?", message.Text);
                var card = JObject.FromObject(Assert.Single(message.Attachments).Content);
                var set = (JObject)card["body"]![0]!;
                Assert.Equal("Input.ChoiceSet", (string?)set["type"]);
                Assert.True((bool)set["isMultiSelect"]!);
                Assert.Equal(["Calcium", "Vitamin D", "Magnesium", "K2", "Omega-3"], set["choices"]!.Select(c => (string)c["value"]!));
                Assert.Equal("None of these", (string?)card["actions"]![1]!["data"]);
            })
            .Send(new Activity { Type = ActivityTypes.Message, Value = new JObject { ["pick"] = "Calcium,Omega-3" } }).AssertReply("got Calcium, Omega-3")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_card_submitted_with_nothing_ticked_or_an_unknown_value_is_not_an_answer()
    {
        var harness = new DialogHarness(
            () => Root([Ask("pick", "Which?", o => { o.Choices = Supplements; o.Style = ListStyle.None; }), Echo()], new MultiChoicePrompt("pick")));

        await harness.Flow()
            .Send("hi").AssertReply("Which?")
            .Send(new Activity { Type = ActivityTypes.Message, Value = new JObject { ["pick"] = "" } }).AssertReply("Which?")
            .Send(new Activity { Type = ActivityTypes.Message, Value = new JObject { ["pick"] = "Calcium,Iron" } }).AssertReply("Which?")
            .Send(new Activity { Type = ActivityTypes.Message, Value = new JObject { ["pick"] = "Magnesium" } }).AssertReply("got Magnesium")
            .StartTestAsync();
    }
}
