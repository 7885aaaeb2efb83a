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

    /// <summary>
    /// Whether "back" at the active prompt reaches an earlier question in this context: the waterfall under the prompt
    /// asked one before, or passes back to a waterfall below it that did.
    /// </summary>
    public static bool CanGoBack(this DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (ActivePrompt(dc) is null)
        {
            return false;
        }

        foreach (var instance in dc.Stack.Skip(1))
        {
            if (dc.FindDialog(instance.Id) is not WaterfallDialog waterfall)
            {
                return false;
            }

            if (waterfall.HasEarlierQuestion(instance))
            {
                return true;
            }

            if (!waterfall.PassBackToParent)
            {
                return false;
            }
        }

        return false;
    }

    private static INavigablePrompt? ActivePrompt(DialogContext dc)
        => dc.ActiveDialog is { } active ? dc.FindDialog(active.Id) as INavigablePrompt : null;
}
