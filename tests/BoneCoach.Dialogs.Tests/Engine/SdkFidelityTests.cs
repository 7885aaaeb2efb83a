using BoneCoach.Dialogs.Tests.Harness;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
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
    [InlineData("$5 million", "5000000")]
    [InlineData("-5°C", "-5")]
    [InlineData("98.6 F", "98.6")]
    [InlineData("she is 5 months old", "5")]
    [InlineData("45 km/h", "45")]
    [InlineData("a hundred bucks", "100")]
    [InlineData("five kilometres", "5")]
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

    [Fact]
    public async Task A_choice_prompts_own_style_applies_until_the_options_name_one()
    {
        var harness = new DialogHarness(() => Root(
            [Ask("choice", "Which?", o => o.Choices = [new Choice("Red"), new Choice("Blue")]), Ask("choice", "And now?", o => { o.Choices = [new Choice("Red"), new Choice("Blue")]; o.Style = ListStyle.None; }), Echo()],
            new ChoicePrompt("choice") { Style = ListStyle.List }));

        await harness.Flow()
            .Send("hi").AssertReply("Which?\n\n   1. Red\n   2. Blue")
            .Send("red").AssertReply("And now?")
            .StartTestAsync();
    }

    [Fact]
    public async Task Choice_options_change_how_a_list_is_written()
    {
        var harness = new DialogHarness(() => Root(
            [Ask("choice", "Which?", o => o.Choices = [new Choice("Red"), new Choice("Blue"), new Choice("Green")]), Echo()],
            new ChoicePrompt("choice") { Style = ListStyle.Inline, ChoiceOptions = new ChoiceFactoryOptions(" | ", null, " | or ", false) }));

        await harness.Flow().Send("hi").AssertReply("Which? Red | Blue | or Green").StartTestAsync();
    }

    [Fact]
    public async Task A_confirm_prompt_without_numbers_shows_none_and_does_not_take_1_as_yes()
    {
        var harness = new DialogHarness(() => Root(
            [Ask("confirm", "Ready?"), Echo()],
            new ConfirmPrompt("confirm") { Style = ListStyle.List, ChoiceOptions = new ChoiceFactoryOptions { IncludeNumbers = false } }));

        await harness.Flow()
            .Send("hi").AssertReply("Ready?\n\n   - Yes\n   - No")
            .Send("1").AssertReply("Ready?\n\n   - Yes\n   - No")
            .Send("the first one").AssertReply("Ready?\n\n   - Yes\n   - No")
            .Send("yes").AssertReply("got yes")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_confirm_prompt_reads_the_answer_in_the_recognize_language()
    {
        var harness = new DialogHarness(() => Root(
            [Ask("confirm", "Ready?", o => { o.Style = ListStyle.None; o.RecognizeLanguage = "es-ES"; }), Echo()],
            new ConfirmPrompt("confirm")));

        await harness.Flow().Send("hi").AssertReply("Ready?").Send("la dos").AssertReply("got no").StartTestAsync();
    }

    [Fact]
    public async Task Without_a_recognize_language_the_activity_locale_reads_the_answer()
    {
        var harness = new DialogHarness(() => Root([Ask("confirm", "Ready?", o => o.Style = ListStyle.None), Echo()], new ConfirmPrompt("confirm")));

        await harness.Flow().Send("hi").AssertReply("Ready?").Send("la dos").AssertReply("Ready?").StartTestAsync();
    }

    [Fact]
    public async Task Numbered_and_inline_lists_are_written_byte_for_byte_as_the_SDKs_ChoiceFactory_writes_them()
    {
        IList<Choice> colours = [new Choice("Red"), new Choice("Blue")];
        var harness = new DialogHarness(() => Root(
            [Ask("choice", "Which?", o => { o.Choices = colours; o.Style = ListStyle.List; }), Ask("choice", "And now?", o => o.Choices = colours), Echo()],
            new ChoicePrompt("choice")));

        // Auto on a channel without buttons writes two short choices inline, as ChoiceFactory.ForChannel does.
        await harness.Flow()
            .Send("hi").AssertReply("Which?\n\n   1. Red\n   2. Blue")
            .Send("red").AssertReply("And now? (1) Red or (2) Blue")
            .StartTestAsync();
    }

    [Theory]
    [InlineData(Channels.Emulator)]
    [InlineData(Channels.Test)]
    public async Task A_choice_prompt_without_choices_sends_its_prompt_as_the_SDK_does(string channelId)
    {
        IMessageActivity? reply = null;
        var harness = new DialogHarness(() => Root([Ask("choice", "Which?", o => o.Choices = []), Echo()], new ChoicePrompt("choice")), DialogHarness.Conversation(channelId));

        await harness.Flow().Send("hi").AssertReply(a => reply = (IMessageActivity)a).StartTestAsync();

        Assert.Null(reply!.SuggestedActions);

        // The SDK's inline list of nothing is the text and a space; where suggested actions show, the text as it was.
        Assert.Equal(channelId == Channels.Emulator ? "Which?" : "Which? ", reply.Text);
    }

    [Theory]
    [InlineData(Channels.Line, null, ListStyle.SuggestedAction)]
    [InlineData(Channels.Msteams, "personal", ListStyle.HeroCard)]
    [InlineData(Channels.Facebook, null, ListStyle.SuggestedAction)]
    [InlineData(Channels.Sms, null, ListStyle.List)]
    public void Auto_picks_what_the_SDKs_channel_table_picks_for_five_choices(string channelId, string? conversationType, ListStyle expected)
    {
        IList<Choice> five = [.. "abcde".Select(c => new Choice(c.ToString()))];

        Assert.Equal(expected, ChoiceRenderer.Resolve(ListStyle.Auto, channelId, conversationType, five));
    }

    [Fact]
    public async Task A_prompt_with_choices_keeps_its_own_input_hint_as_in_the_SDK()
    {
        IMessageActivity? reply = null;
        var harness = new DialogHarness(() => Root(
            [(step, ct) => step.PromptAsync("choice", new PromptOptions { Prompt = new Activity(ActivityTypes.Message) { Text = "Which?" }, Choices = [new Choice("Red")], Style = ListStyle.List }, ct), Echo()],
            new ChoicePrompt("choice")));

        await harness.Flow().Send("hi").AssertReply(a => reply = (IMessageActivity)a).StartTestAsync();

        Assert.Null(reply!.InputHint);
    }

    [Fact]
    public async Task A_prompt_recognizes_the_turn_when_called_as_the_SDK_calls_it()
    {
        var prompt = new SdkCallingNumberPrompt("number");

        await Assert.ThrowsAsync<ArgumentNullException>(() => prompt.RecognizeAsync(null!));
        var result = await prompt.RecognizeAsync(TurnContexts.Message("sixty-two"));

        Assert.True(result.Succeeded);
        Assert.Equal(62, result.Value);
    }

    /// <summary>A prompt of a bot written for the SDK, calling the recognizer with the SDK's arguments.</summary>
    private sealed class SdkCallingNumberPrompt(string id) : NumberPrompt<int>(id)
    {
        public Task<PromptRecognizerResult<int>> RecognizeAsync(ITurnContext turnContext)
            => OnRecognizeAsync(turnContext, new Dictionary<string, object>(), new PromptOptions());
    }
}
