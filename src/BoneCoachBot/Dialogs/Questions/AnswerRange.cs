namespace BoneCoachBot.Dialogs.Questions;

/// <summary>The script's range for a number, frequency or duration question, kept in PromptOptions.Validations.</summary>
public sealed class AnswerRange
{
    public double? Min { get; set; }

    public double? Max { get; set; }

    public bool Integer { get; set; }

    /// <summary>Read by NumberPrompt as <c>NumberRules.PerDay</c>: "most days" is not how many meals a day.</summary>
    public bool PerDay { get; set; }

    /// <summary>Read by NumberPrompt as <c>NumberRules.UnitFallback</c>: off, so "60 kg" is never the answer to a plain number question.</summary>
    public bool UnitFallback { get; set; }

    public bool Contains(double value) =>
        (Min is not { } min || value >= min) && (Max is not { } max || value <= max) && (!Integer || value == Math.Floor(value));
}
