using BoneCoach.Dialogs.Tests.Harness;
using Microsoft.Bot.Builder;
using static BoneCoach.Dialogs.Tests.Harness.Script;

namespace BoneCoach.Dialogs.Tests.Engine;

public class InterruptionTests
{
    [Fact]
    public async Task After_a_why_dialog_ends_the_waiting_prompt_asks_its_question_again()
    {
        var harness = new DialogHarness(() => new ExplainingDialog());

        await harness.Flow()
            .Send("hi").AssertReply("How often do you lift weights?")
            .Send("why").AssertReply("Loading tells bone to keep its strength.").AssertReply("How often do you lift weights?")
            .Send("twice a week").AssertReply("got 2")
            .StartTestAsync();
    }

    [Fact]
    public async Task Reprompt_repeats_the_question_after_help()
    {
        var harness = new DialogHarness(() => new ExplainingDialog());

        await harness.Flow()
            .Send("hi").AssertReply("How often do you lift weights?")
            .Send("help").AssertReply("Answer like 'twice a week'.").AssertReply("How often do you lift weights?")
            .StartTestAsync();
    }

    [Fact]
    public async Task The_question_in_state_is_not_changed_by_sending_it()
    {
        var harness = new DialogHarness(() => new ExplainingDialog());

        await harness.Flow().Send("hi").Send("help").StartTestAsync();

        var prompt = new DialogStateReader(harness.Storage).Stack()[0]["state"]!["dialogs"]!["dialogStack"]![0]!["state"]!["options"]!["Prompt"]!;
        Assert.Equal("How often do you lift weights?", (string?)prompt["text"]);
        Assert.Equal(Newtonsoft.Json.Linq.JTokenType.Null, prompt["conversation"]?.Type ?? Newtonsoft.Json.Linq.JTokenType.Null);
    }

    private sealed class ExplainingDialog : ComponentDialog
    {
        public ExplainingDialog()
            : base(RootId)
        {
            AddDialog(new WaterfallDialog(WaterfallId, [Ask("frequency", "How often do you lift weights?"), Echo()]));
            AddDialog(new FrequencyPrompt("frequency"));
            AddDialog(new WaterfallDialog("why", [Explain]));
        }

        protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
        {
            switch (innerDc.Context.Activity.Text)
            {
                case "why":
                    return await innerDc.BeginDialogAsync("why", null, cancellationToken);
                case "help":
                    await innerDc.Context.SendActivityAsync("Answer like 'twice a week'.", cancellationToken: cancellationToken);
                    await innerDc.RepromptDialogAsync(cancellationToken);
                    return Dialog.EndOfTurn;
                default:
                    return await base.OnContinueDialogAsync(innerDc, cancellationToken);
            }
        }

        private static async Task<DialogTurnResult> Explain(WaterfallStepContext step, CancellationToken ct)
        {
            await step.Context.SendActivityAsync("Loading tells bone to keep its strength.", cancellationToken: ct);
            return await step.EndDialogAsync(null, ct);
        }
    }
}
