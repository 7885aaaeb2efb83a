namespace BoneCoach.Dialogs;

/// <summary>
/// What a number question expects, so the reader can tell the answer from other numbers in the message. NumberPrompt reads
/// these from PromptOptions.Validations by property name, so any object with Min, Max and Integer works.
/// </summary>
public sealed class NumberRules
{
    /// <summary>Smallest plausible answer.</summary>
    public decimal? Min { get; set; }

    /// <summary>Largest plausible answer.</summary>
    public decimal? Max { get; set; }

    /// <summary>A count: fractions are not answers, "none"/"never" are 0, and "one" on its own is 1.</summary>
    public bool Integer { get; set; }

    /// <summary>A count a day ("meals with protein"): how often in a week ("most days", "every day") is not one.</summary>
    public bool PerDay { get; set; }

    /// <summary>Units the answer may be written with ("%", "mg/dL", "h"); without <see cref="UnitFallback"/>, a number with any other unit belongs to another question.</summary>
    public IList<string> Units { get; set; } = new List<string>();

    /// <summary>
    /// As the SDK's NumberPrompt: when the message has no plain number, a number written with any unit is the answer
    /// ("7 hours" is 7, "I weigh 60 kg" is 60). Off, only the units in <see cref="Units"/> count.
    /// </summary>
    public bool UnitFallback { get; set; } = true;

    /// <summary>Words that name what is asked ("t-score", "hba1c"): of several numbers, the one nearest after such a word is the answer.</summary>
    public IList<string> Cues { get; set; } = new List<string>();

    internal bool InRange(decimal value) => (Min is null || value >= Min) && (Max is null || value <= Max) && (!Integer || value == decimal.Truncate(value));
}
