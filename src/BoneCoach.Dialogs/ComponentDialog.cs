using Microsoft.Bot.Builder;

namespace BoneCoach.Dialogs;

/// <summary>A dialog made of dialogs: its own inner stack, kept in its state under "dialogs".</summary>
public class ComponentDialog : Dialog
{
    private const string InnerStackKey = "dialogs";

    public ComponentDialog(string? dialogId = null)
        : base(dialogId)
    {
    }

    /// <summary>The inner dialog begun first; defaults to the first dialog added.</summary>
    public string? InitialDialogId { get; set; }

    /// <summary>The inner dialogs (public and settable, as the SDK's DialogContainer.Dialogs).</summary>
    public DialogSet Dialogs { get; set; } = new();

    /// <summary>Adds an inner dialog.</summary>
    public ComponentDialog AddDialog(Dialog dialog)
    {
        Dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    /// <summary>Finds an inner dialog by id.</summary>
    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId);

    /// <summary>Changes whenever an inner dialog is added or changes shape.</summary>
    public override string GetVersion() => Dialogs.GetVersion();

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        RejectTokenAsOptions(options);
        var innerDc = CreateInnerDc(dc, dc.ActiveDialog!);
        var turnResult = await OnBeginDialogAsync(innerDc, options, cancellationToken).ConfigureAwait(false);
        return await EndWhenInnerStackDoneAsync(dc, turnResult, cancellationToken).ConfigureAwait(false);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var innerDc = CreateInnerDc(dc, dc.ActiveDialog!);
        var turnResult = await OnContinueDialogAsync(innerDc, cancellationToken).ConfigureAwait(false);
        return await EndWhenInnerStackDoneAsync(dc, turnResult, cancellationToken).ConfigureAwait(false);
    }

    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);

        // Something was pushed on the outer stack above us and ended; our inner dialog is still waiting, so ask again.
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var innerDc = new DialogContext(Dialogs, turnContext, InnerState(instance));
        await innerDc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
    }

    public override async Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (reason == DialogReason.CancelCalled)
        {
            var innerDc = new DialogContext(Dialogs, turnContext, InnerState(instance));
            await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The context of this dialog's inner stack, when it is the active dialog of <paramref name="dc"/> (the SDK's CreateChildContext).</summary>
    public DialogContext CreateChildContext(DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return CreateInnerDc(dc, dc.ActiveDialog ?? throw new InvalidOperationException($"ComponentDialog '{Id}' is not active in this context."));
    }

    /// <summary>Begins the initial inner dialog.</summary>
    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var initial = InitialDialogId ?? throw new InvalidOperationException(
            $"ComponentDialog '{Id}' has no inner dialogs. Call AddDialog in its constructor, or set InitialDialogId.");
        return innerDc.BeginDialogAsync(initial, options, cancellationToken);
    }

    /// <summary>The interruption hook: override to answer commands (help, cancel, back, skip) before the inner dialog sees the message.</summary>
    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        return innerDc.ContinueDialogAsync(cancellationToken);
    }

    /// <summary>Ends the component on the outer stack with the inner result.</summary>
    protected virtual Task<DialogTurnResult> EndComponentAsync(DialogContext outerDc, object? result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        return outerDc.EndDialogAsync(result, cancellationToken);
    }

    private static DialogState InnerState(DialogInstance instance)
        => StateValue.GetOrCreate(instance.State, InnerStackKey, () => new DialogState());

    private Task<DialogTurnResult> EndWhenInnerStackDoneAsync(DialogContext outerDc, DialogTurnResult turnResult, CancellationToken cancellationToken)
        => turnResult.Status == DialogTurnStatus.Waiting
            ? Task.FromResult(EndOfTurn)
            : EndComponentAsync(outerDc, turnResult.Result, cancellationToken);

    private DialogContext CreateInnerDc(DialogContext outerDc, DialogInstance instance)
        => new(Dialogs, outerDc, InnerState(instance));
}
