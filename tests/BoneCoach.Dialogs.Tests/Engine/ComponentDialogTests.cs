using BoneCoach.Dialogs.Tests.Harness;
using Microsoft.Bot.Builder;
using static BoneCoach.Dialogs.Tests.Harness.Script;

namespace BoneCoach.Dialogs.Tests.Engine;

public class ComponentDialogTests
{
    [Fact]
    public async Task Help_is_answered_by_the_interruption_hook_and_the_question_stays_open()
    {
        var harness = new DialogHarness(() => new CommandsDialog());

        await harness.Flow()
            .Send("hi").AssertReply("How old are you?")
            .Send("help").AssertReply("Type your age in years.")
            .Send("62").AssertReply("got 62")
            .StartTestAsync();
    }

    [Fact]
    public async Task Cancel_in_the_interruption_hook_ends_the_component()
    {
        var harness = new DialogHarness(() => new CommandsDialog());

        await harness.Flow()
            .Send("hi").AssertReply("How old are you?")
            .Send("cancel").AssertReply("Cancelled.")
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Complete, harness.LastResult.Status);
        Assert.Empty(new DialogStateReader(harness.Storage).Stack());
    }

    [Fact]
    public async Task The_component_ends_with_its_inner_dialogs_result()
    {
        var harness = new DialogHarness(() => new CommandsDialog());

        await harness.Flow().Send("hi").Send("70").AssertReply("How old are you?").AssertReply("got 70").StartTestAsync();

        Assert.Equal(70, harness.LastResult.Result);
    }

    [Fact]
    public async Task Cancelling_the_outer_stack_cancels_the_inner_stack()
    {
        var log = new List<string>();
        var component = new ComponentDialog("outer");
        component.AddDialog(new RecordingDialog("inner", log));
        var dc = new DialogContext(new DialogSet().Add(component), TurnContexts.Message(), new DialogState());
        await dc.BeginDialogAsync("outer");

        await dc.CancelAllDialogsAsync();

        Assert.Equal(["begin inner", "end inner CancelCalled"], log);
    }

    /// <summary>CoreBot's CancelAndHelpDialog, reduced: help answers without re-asking, cancel ends everything.</summary>
    private sealed class CommandsDialog : ComponentDialog
    {
        public CommandsDialog()
            : base(RootId)
        {
            AddDialog(new WaterfallDialog(WaterfallId, [Ask("number", "How old are you?"), Echo()]));
            AddDialog(new NumberPrompt<int>("number"));
        }

        protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
        {
            switch (innerDc.Context.Activity.Text?.Trim().ToLowerInvariant())
            {
                case "help":
                    await innerDc.Context.SendActivityAsync("Type your age in years.", cancellationToken: cancellationToken);
                    return new DialogTurnResult(DialogTurnStatus.Waiting);
                case "cancel":
                    await innerDc.Context.SendActivityAsync("Cancelled.", cancellationToken: cancellationToken);
                    return await innerDc.CancelAllDialogsAsync(cancellationToken);
                default:
                    return await base.OnContinueDialogAsync(innerDc, cancellationToken);
            }
        }
    }
}
