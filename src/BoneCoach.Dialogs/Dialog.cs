using Microsoft.Bot.Builder;

namespace BoneCoach.Dialogs;

/// <summary>Base class of every dialog: a named piece of conversation that lives on the dialog stack.</summary>
public abstract class Dialog
{
    /// <summary>Returned by a dialog that waits for the user's next message.</summary>
    public static readonly DialogTurnResult EndOfTurn = new(DialogTurnStatus.Waiting);

    private string? _id;

    /// <summary>A null id is computed from the type name (as in the SDK); an empty or blank one is a mistake.</summary>
    protected Dialog(string? dialogId = null)
    {
        if (dialogId is not null)
        {
            ThrowIfBlankId(dialogId);
        }

        _id = dialogId;
    }

    /// <summary>Unique id of the dialog within its set; set it before the dialog is added to a set.</summary>
    public string Id
    {
        get => _id ??= OnComputeId();
        set => _id = value;
    }

    /// <summary>A string that changes when the dialog's shape changes (the SDK's version check); the id by default.</summary>
    public virtual string GetVersion() => Id;

    /// <summary>Called when the dialog is pushed onto the stack.</summary>
    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default);

    /// <summary>Called when the user replies while this dialog is active; by default it ends.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>Called when a child dialog ended and this dialog is on top again; by default it ends with the child's result.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.EndDialogAsync(result, cancellationToken);
    }

    /// <summary>Asks the user again for whatever the dialog is waiting on.</summary>
    public virtual Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
        => Task.CompletedTask;

    /// <summary>Called when the dialog leaves the stack (ended, replaced or cancelled).</summary>
    public virtual Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
        => Task.CompletedTask;

    /// <summary>The id used when none was given.</summary>
    protected virtual string OnComputeId() => GetType().Name;

    /// <summary>The SDK throws ArgumentNullException for a null, empty or blank id at every entry point; so do we.</summary>
    internal static void ThrowIfBlankId(string? dialogId, string parameterName = "dialogId")
    {
        if (string.IsNullOrWhiteSpace(dialogId))
        {
            throw new ArgumentNullException(parameterName, "A dialog id must not be empty or blank.");
        }
    }

    /// <summary>The SDK habit: a CancellationToken passed where options belong is always a mistake.</summary>
    protected static void RejectTokenAsOptions(object? options) => RejectToken(options, nameof(options));

    /// <summary>The one token check: a CancellationToken passed as <paramref name="parameterName"/> (options, a result) is a mistake.</summary>
    internal static void RejectToken(object? value, string parameterName)
    {
        if (value is CancellationToken)
        {
            throw new ArgumentException($"{parameterName} cannot be a cancellation token; pass it as the cancellationToken argument.", parameterName);
        }
    }
}
