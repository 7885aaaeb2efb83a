namespace BoneCoach.Dialogs;

/// <summary>Reads "140 pounds", "5'4\"", "9 stone 3", "25 ng/ml", "7h30": the mentions of <see cref="MentionFinder"/> as one reading.</summary>
public static class QuantityParser
{
    /// <summary>The first quantity in <paramref name="text"/> with a unit, else its only plain number; null when there is neither.</summary>
    public static QuantityReading? Read(string? text, string culture)
    {
        var mentions = MentionFinder.Find(text, culture);
        if (mentions.FirstOrDefault(m => m.Unit is not null) is { } measured)
        {
            return new QuantityReading(measured.Value, measured.Unit);
        }

        var numbers = mentions.Where(m => m.Kind == MentionKind.Number).ToList();
        return numbers.Count == 1 ? new QuantityReading(numbers[0].Value, null) : null;
    }
}
