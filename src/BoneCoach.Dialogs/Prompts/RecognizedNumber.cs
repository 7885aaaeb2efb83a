using System.Globalization;

namespace BoneCoach.Dialogs;

/// <summary>Parses the "value" a Recognizers.Text resolution carries.</summary>
public static class RecognizedNumber
{
    /// <summary>The number in a resolution value, or null.</summary>
    public static decimal? Parse(object? resolutionValue)
    {
        if (resolutionValue is not string text || text.Length == 0)
        {
            return null;
        }

        // Resolutions carry no grouping separators, but es-ES keeps its decimal comma ("62,5"); en-US gives "62.5".
        if (text.Contains(',', StringComparison.Ordinal) && !text.Contains('.', StringComparison.Ordinal))
        {
            text = text.Replace(',', '.');
        }

        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;
    }
}
