namespace BoneCoach.Dialogs;

/// <summary>What a prompt understood from the user's answer.</summary>
public class PromptRecognizerResult<T>
{
    public bool Succeeded { get; set; }

    public T? Value { get; set; }

    /// <summary>A question to send instead of the retry prompt when the answer was close ("Is that 62 kg or 62 lb?").</summary>
    public string? Clarification { get; set; }

    /// <summary>The answer said she doesn't know (on a prompt that does not allow Unknown, so the caller can offer an easier form).</summary>
    public bool SaidUnknown { get; set; }

    /// <summary>Several values could be the answer ("62 or 60?"), so none was taken.</summary>
    public bool Ambiguous { get; set; }

    /// <summary>The message corrects an earlier answer; it is never taken as this answer.</summary>
    public Correction? Correction { get; set; }

    internal static PromptRecognizerResult<T> Success(T value) => new() { Succeeded = true, Value = value };

    internal static PromptRecognizerResult<T> Failure(string? clarification = null) => new() { Clarification = clarification };
}
