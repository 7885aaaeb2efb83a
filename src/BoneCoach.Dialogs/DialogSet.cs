using Microsoft.Bot.Builder;

namespace BoneCoach.Dialogs;

/// <summary>A set of dialogs that can begin one another, bound to the state property that holds their stack.</summary>
public class DialogSet
{
    private readonly IStatePropertyAccessor<DialogState>? _dialogState;
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);
    private string? _version;

    public DialogSet(IStatePropertyAccessor<DialogState> dialogState)
    {
        _dialogState = dialogState ?? throw new ArgumentNullException(nameof(dialogState));
    }

    /// <summary>A set without its own state property, as used inside a ComponentDialog.</summary>
    public DialogSet()
    {
    }

    /// <summary>Adds a dialog; ids must be unique within the set.</summary>
    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        _version = null;
        if (!_dialogs.TryAdd(dialog.Id, dialog) && !ReferenceEquals(_dialogs[dialog.Id], dialog))
        {
            // The SDK silently renames duplicates ("id2"), which breaks BeginDialogAsync by id later on.
            throw new ArgumentException($"DialogSet.Add(): a different dialog with id '{dialog.Id}' is already in the set. Give each dialog a unique id.", nameof(dialog));
        }

        return this;
    }

    /// <summary>Finds a dialog of this set by id, or null.</summary>
    public Dialog? Find(string dialogId)
    {
        Dialog.ThrowIfBlankId(dialogId);
        return _dialogs.GetValueOrDefault(dialogId);
    }

    /// <summary>A hash of every dialog's version: it changes when a dialog is added or changes shape.</summary>
    public virtual string GetVersion() =>
        _version ??= StringUtils.Hash(string.Concat(_dialogs.Values.Select(dialog => dialog.GetVersion())));

    /// <summary>The ids of the dialogs in this set, for error messages and diagnostics.</summary>
    public IReadOnlyCollection<string> Ids => _dialogs.Keys;

    /// <summary>Loads the dialog stack for this turn and wraps it in a DialogContext.</summary>
    public async Task<DialogContext> CreateContextAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (_dialogState is null)
        {
            throw new InvalidOperationException("DialogSet.CreateContextAsync(): this set was created without a state property accessor. Use new DialogSet(conversationState.CreateProperty<DialogState>(\"DialogState\")).");
        }

        var state = await _dialogState.GetAsync(turnContext, () => new DialogState(), cancellationToken).ConfigureAwait(false);

        // After a JSON round trip the accessor may hand back a fresh copy each call: pin this one so the turn's changes are saved.
        await _dialogState.SetAsync(turnContext, state, cancellationToken).ConfigureAwait(false);
        return new DialogContext(this, turnContext, state);
    }
}
