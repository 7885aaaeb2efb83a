using Microsoft.Bot.Schema;

namespace BoneCoach.Dialogs;

/// <summary>What a prompt asks and how: the question, the retry, choices, limits. Stored as plain JSON.</summary>
public class PromptOptions
{
    /// <summary>The question.</summary>
    public Activity? Prompt { get; set; }

    /// <summary>Sent after an answer that was not understood or not valid; the prompt is repeated when null.</summary>
    public Activity? RetryPrompt { get; set; }

    /// <summary>The choices of a ChoicePrompt.</summary>
    public IList<Choice>? Choices { get; set; }

    /// <summary>How choices are shown this time; null uses the prompt's own Style (as in the SDK).</summary>
    public ListStyle? Style { get; set; }

    /// <summary>The language a ConfirmPrompt reads the answer in, whatever the activity's locale (as in the SDK).</summary>
    public string? RecognizeLanguage { get; set; }

    /// <summary>Extra settings for a prompt or its validator (for example QuantityRules), stored as plain JSON.</summary>
    public object? Validations { get; set; }

    /// <summary>Answers accepted before the prompt ends with GaveUp (the SDK has no limit).</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Whether "skip" ends the prompt with Skipped.</summary>
    public bool AllowSkip { get; set; }

    /// <summary>Whether "I don't know", "not sure", "never had it tested" end the prompt with <see cref="Unknown"/> (an answer, unlike skip).</summary>
    public bool AllowUnknown { get; set; }

    /// <summary>The question asks "do you know your X?", so a plain "no" / "nope" means she doesn't know it.</summary>
    public bool NoMeansUnknown { get; set; }
}
