namespace BoneCoach.Dialogs;

/// <summary>A prompt that understands skip; lets callers skip without knowing the prompt's value type.</summary>
public interface INavigablePrompt
{
    /// <summary>Ends the prompt with Skipped when it is optional; otherwise counts a failed attempt and asks again.</summary>
    Task<DialogTurnResult> SkipAsync(DialogContext dc, CancellationToken cancellationToken = default);

    /// <summary>Whether the prompt begun as <paramref name="instance"/> may be skipped.</summary>
    bool AllowsSkip(DialogInstance instance);
}
