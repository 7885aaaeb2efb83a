using BoneCoach.Dialogs.Tests.Harness;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using static BoneCoach.Dialogs.Tests.Harness.Script;

namespace BoneCoach.Dialogs.Tests.Prompts;

public class CardSubmitTests
{
    [Fact]
    public async Task A_text_prompt_takes_the_submitted_field_named_after_the_prompt()
    {
        var harness = new DialogHarness(() => Root([Ask("name", "Name?"), Echo()], new TextPrompt("name")));

        await harness.Flow()
            .Send("hi").AssertReply("Name?")
            .Send(Submit(new JObject { ["name"] = "Ana", ["other"] = "ignored" })).AssertReply("got Ana")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_number_prompt_takes_a_submitted_number_whatever_the_locale()
    {
        var harness = new DialogHarness(() => Root([Ask("number", "Peso?"), Echo()], new NumberPrompt<double>("number")), locale: "es-ES");

        await harness.Flow()
            .Send("hola").AssertReply("Peso?")
            .Send(Submit(new JObject { ["answer"] = 62.5 })).AssertReply("got 62.5")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_confirm_prompt_takes_a_submitted_boolean()
    {
        var harness = new DialogHarness(() => Root([Ask("confirm", "Ready?", o => o.Style = ListStyle.None), Echo()], new ConfirmPrompt("confirm")));

        await harness.Flow()
            .Send("hi").AssertReply("Ready?")
            .Send(Submit(new JObject { ["confirm"] = false })).AssertReply("got no")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_choice_prompt_takes_a_single_submitted_field()
    {
        var harness = new DialogHarness(() => Root(
            [Ask("choice", "Which?", o => { o.Choices = [new Choice("Walking"), new Choice("Yoga")]; o.Style = ListStyle.None; }), Echo()],
            new ChoicePrompt("choice")));

        await harness.Flow()
            .Send("hi").AssertReply("Which?")
            .Send(Submit(new JObject { ["activity"] = "yoga" })).AssertReply("got Yoga (#2)")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_submit_with_nothing_usable_is_a_failed_attempt()
    {
        var harness = new DialogHarness(() => Root([Ask("name", "Name?"), Echo()], new TextPrompt("name")));

        await harness.Flow()
            .Send("hi").AssertReply("Name?")
            .Send(Submit(new JObject { ["a"] = 1, ["b"] = 2 })).AssertReply("Name?")
            .StartTestAsync();
    }

    private static Activity Submit(JObject value) => new() { Type = ActivityTypes.Message, Value = value };
}
