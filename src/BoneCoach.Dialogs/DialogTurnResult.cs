namespace BoneCoach.Dialogs;

/// <summary>The outcome of one dialog operation: a status and, when complete, a result.</summary>
public sealed class DialogTurnResult
{
    public DialogTurnResult(DialogTurnStatus status, object? result = null)
    {
        Status = status;
        Result = result;
    }

    public DialogTurnStatus Status { get; }

    public object? Result { get; }

    /// <summary>True when the result is one of the navigation outcomes (gave up, skipped, back).</summary>
    public bool IsPromptOutcome => Result is PromptOutcome;
}
