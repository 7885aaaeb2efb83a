using Microsoft.Bot.Builder;

namespace BoneCoach.Dialogs;

/// <summary>The dialog stack of one turn and the operations on it (begin, continue, end, replace, cancel).</summary>
public class DialogContext
{
    public DialogContext(DialogSet dialogs, ITurnContext turnContext, DialogState state)
    {
        Dialogs = dialogs ?? throw new ArgumentNullException(nameof(dialogs));
        Context = turnContext ?? throw new ArgumentNullException(nameof(turnContext));
        ArgumentNullException.ThrowIfNull(state);
        Stack = state.DialogStack;
    }

    /// <summary>A context for the inner stack of a container dialog; lookups fall back to the parent.</summary>
    public DialogContext(DialogSet dialogs, DialogContext parentDialogContext, DialogState state)
        : this(dialogs, parentDialogContext?.Context ?? throw new ArgumentNullException(nameof(parentDialogContext)), state)
    {
        Parent = parentDialogContext;
    }

    public DialogSet Dialogs { get; }

    public ITurnContext Context { get; }

    /// <summary>The stack; index 0 is the active dialog.</summary>
    public IList<DialogInstance> Stack { get; }

    /// <summary>The context of the container dialog, if this is an inner stack.</summary>
    public DialogContext? Parent { get; protected init; }

    public DialogInstance? ActiveDialog => Stack.Count > 0 ? Stack[0] : null;

    /// <summary>The inner context of the active dialog when it is a container (as in the SDK), else null.</summary>
    public DialogContext? Child =>
        ActiveDialog is { } active && FindDialog(active.Id) is ComponentDialog container ? container.CreateChildContext(this) : null;

    /// <summary>Pushes the dialog with this id and begins it.</summary>
    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        Dialog.ThrowIfBlankId(dialogId);
        Dialog.RejectToken(options, nameof(options));

        var dialog = FindDialog(dialogId) ?? throw new ArgumentException(
            $"DialogContext.BeginDialogAsync(): no dialog with id '{dialogId}' was found. Known ids here: [{string.Join(", ", Dialogs.Ids)}]. " +
            "Add it with DialogSet.Add or ComponentDialog.AddDialog before beginning it.",
            nameof(dialogId));

        Stack.Insert(0, new DialogInstance { Id = dialogId });
        return await dialog.BeginDialogAsync(this, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Begins a prompt; the same as BeginDialogAsync with typed options.</summary>
    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Hands the user's message to the active dialog; Empty when there is none.</summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is null)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        var dialog = FindActiveDialog();
        return await dialog.ContinueDialogAsync(this, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Pops the active dialog and resumes its parent with the result; Complete when the stack empties.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        Dialog.RejectToken(result, nameof(result));

        await EndActiveDialogAsync(DialogReason.EndCalled, cancellationToken).ConfigureAwait(false);
        if (ActiveDialog is null)
        {
            return new DialogTurnResult(DialogTurnStatus.Complete, result);
        }

        var parent = FindActiveDialog();
        return await parent.ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends every dialog on this stack, innermost first.</summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default)
    {
        if (Stack.Count == 0)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        while (Stack.Count > 0)
        {
            await EndActiveDialogAsync(DialogReason.CancelCalled, cancellationToken).ConfigureAwait(false);
        }

        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    /// <summary>Ends the active dialog and begins another in its place, without resuming the parent.</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        Dialog.ThrowIfBlankId(dialogId);
        await EndActiveDialogAsync(DialogReason.ReplaceCalled, cancellationToken).ConfigureAwait(false);
        return await BeginDialogAsync(dialogId, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Asks the active dialog to repeat its question.</summary>
    public async Task RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is null)
        {
            return;
        }

        await FindActiveDialog().RepromptDialogAsync(Context, ActiveDialog, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Finds a dialog here or in a parent context.</summary>
    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId) ?? Parent?.FindDialog(dialogId);

    internal Dialog FindActiveDialog()
    {
        var id = ActiveDialog!.Id;

        // State outlives deployments: a renamed dialog leaves an id on the stack that no code knows.
        return FindDialog(id) ?? throw new InvalidOperationException(
            $"The active dialog '{id}' is not registered. Was it renamed or removed since this conversation's state was saved? " +
            "Register it again, or clear the conversation state.");
    }

    private async Task EndActiveDialogAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        var instance = ActiveDialog;
        if (instance is null)
        {
            return;
        }

        var dialog = FindDialog(instance.Id);
        if (dialog is not null)
        {
            await dialog.EndDialogAsync(Context, instance, reason, cancellationToken).ConfigureAwait(false);
        }

        Stack.RemoveAt(0);
    }
}
