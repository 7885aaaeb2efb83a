namespace BoneCoach.Dialogs;

/// <summary>What a prompt understood from the user's answer.</summary>
public class PromptRecognizerResult<T>
{
    public bool Succeeded { get; set; }

    public T? Value { get; set; }

    /// <summary>A question to send instead of the retry prompt when the answer was close ("Is that 62 kg or 62 lb?").</summary>
    public string? Clarification { get; set; }

    internal static PromptRecognizerResult<T> Success(T value) => new() { Succeeded = true, Value = value };

    internal static PromptRecognizerResult<T> Failure(string? clarification = null) => new() { Clarification = clarification };
}
