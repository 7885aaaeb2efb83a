using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.Number;

namespace BoneCoach.Dialogs;

/// <summary>Recognizers.Text calls that never throw: a regex timeout or a malformed input is read as "nothing found".</summary>
internal static class SafeRecognizers
{
    // A fixed reference date: only the spans matter here, never the resolved dates.
    private static readonly DateTime Reference = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    public static IReadOnlyList<ModelResult> Numbers(string text, string culture) => Run(() => NumberRecognizer.RecognizeNumber(text, culture));

    public static IReadOnlyList<ModelResult> Ordinals(string text, string culture) => Run(() => NumberRecognizer.RecognizeOrdinal(text, culture));

    public static IReadOnlyList<ModelResult> DateTimes(string text, string culture, DateTime? reference = null)
        => Run(() => DateTimeRecognizer.RecognizeDateTime(text, culture, DateTimeOptions.None, reference ?? Reference));

    private static IReadOnlyList<ModelResult> Run(Func<List<ModelResult>> recognize)
    {
        try
        {
            return recognize();
        }
        catch (Exception e) when (e is RegexMatchTimeoutException or ArgumentException or IndexOutOfRangeException or InvalidOperationException or FormatException or NullReferenceException)
        {
            // The recognizers have failed on odd input before (botbuilder-dotnet users report IndexOutOfRange); nothing found is the safe answer.
            return [];
        }
    }
}
