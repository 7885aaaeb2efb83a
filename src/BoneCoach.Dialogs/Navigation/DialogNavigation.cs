namespace BoneCoach.Dialogs;

/// <summary>Back and skip as engine operations, for an interruption hook that routes its own commands.</summary>
public static class DialogNavigation
{
    /// <summary>Ends the active dialog with BackRequested; the waterfall below re-asks its previous question.</summary>
    public static Task<DialogTurnResult> GoBackAsync(this DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.ActiveDialog is null
            ? Task.FromResult(new DialogTurnResult(DialogTurnStatus.Empty))
            : dc.EndDialogAsync(BackRequested.Instance, cancellationToken);
    }

    /// <summary>Skips the active prompt if it is optional; a required prompt treats it as a failed attempt.</summary>
    public static Task<DialogTurnResult> SkipAsync(this DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return ActivePrompt(dc) is { } prompt
            ? prompt.SkipAsync(dc, cancellationToken)
            : dc.ContinueDialogAsync(cancellationToken);
    }

    /// <summary>Whether the active dialog is a prompt that may be skipped.</summary>
    public static bool CanSkip(this DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return ActivePrompt(dc) is { } prompt && prompt.AllowsSkip(dc.ActiveDialog!);
    }

    private static INavigablePrompt? ActivePrompt(DialogContext dc)
        => dc.ActiveDialog is { } active ? dc.FindDialog(active.Id) as INavigablePrompt : null;
}
