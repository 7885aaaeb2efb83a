namespace BoneCoachBot.Coaching;

/// <summary>Typed reads of her stored answers; anything unanswered, skipped or "not sure" reads as null.</summary>
public sealed class AnswerSheet(IReadOnlyDictionary<string, StoredAnswer> answers)
{
    public double? Number(string id) => Find(id)?.Number;

    public int? WholeNumber(string id) => Number(id) is { } value ? (int)Math.Round(value, MidpointRounding.AwayFromZero) : null;

    /// <summary>
    /// A weekly count she reaches for sure: "2 or 3" (2.5) and "every other day" (3.5) are 2 and 3, so a target is never
    /// met on the top of her range, and her plan never says more than she told.
    /// </summary>
    public int? WholeTimesAtLeast(string id) => Number(id) is { } value ? (int)Math.Floor(value) : null;

    public string? Choice(string id) => Find(id)?.Choice;

    public bool? YesNo(string id) => Find(id)?.YesNo;

    /// <summary>A multi-choice answer: whether she picked <paramref name="value"/>; null when she has not answered it.</summary>
    public bool? Includes(string id, string value) => Find(id)?.Choices is { } chosen ? chosen.Contains(value, StringComparer.Ordinal) : null;

    /// <summary>Her answer with its value, or null when not asked, skipped or not known.</summary>
    public StoredAnswer? Stored(string id) => Find(id);

    /// <summary>A free-text answer as she wrote it.</summary>
    public string? Text(string id) => Find(id)?.Readable;

    /// <summary>A yes/no/not-sure choice for a red-flag question: "not sure" is a possible yes, never no.</summary>
    public BoneCoach.Assessment.YesNoNotSure? RedFlagChoice(string id) => Choice(id) switch
    {
        "yes" => BoneCoach.Assessment.YesNoNotSure.Yes,
        "no" => BoneCoach.Assessment.YesNoNotSure.No,
        "unsure" => BoneCoach.Assessment.YesNoNotSure.NotSure,
        _ => null,
    };

    /// <summary>A yes/no/not-sure choice as a bool: "unsure" is unknown, not no.</summary>
    public bool? YesNoChoice(string id) => Choice(id) switch
    {
        "yes" => true,
        "no" => false,
        _ => null,
    };

    public bool IsAnswered(string id) => answers.ContainsKey(id);

    public bool HasValue(string id) => Find(id) is { Skipped: false };

    private StoredAnswer? Find(string id) => answers.TryGetValue(id, out var answer) && !answer.Skipped ? answer : null;
}
