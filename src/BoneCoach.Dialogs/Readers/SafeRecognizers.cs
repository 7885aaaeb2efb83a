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

    // A turn reads one message for several questions, so the same text is recognised again and again, and each call
    // is costly: the static entry points build a recognizer each time, and the English duration extractor rebuilds its
    // ambiguity filters (a dictionary of regexes) in a property getter (a tenth of a coaching turn's allocations in the
    // benchmark). The last few answers on this thread are reused; callers only read them.
    [ThreadStatic]
    private static RecentResults<Call, IReadOnlyList<ModelResult>>? t_recent;

    public static IReadOnlyList<ModelResult> Numbers(string text, string culture) =>
        Remembered(new Call(nameof(Numbers), text, culture, null), () => NumberRecognizer.RecognizeNumber(text, culture));

    public static IReadOnlyList<ModelResult> Ordinals(string text, string culture) =>
        Remembered(new Call(nameof(Ordinals), text, culture, null), () => NumberRecognizer.RecognizeOrdinal(text, culture));

    public static IReadOnlyList<ModelResult> DateTimes(string text, string culture, DateTime? reference = null)
    {
        var at = reference ?? Reference;
        return Remembered(new Call(nameof(DateTimes), text, culture, at), () => DateTimeRecognizer.RecognizeDateTime(text, culture, DateTimeOptions.None, at));
    }

    private static IReadOnlyList<ModelResult> Remembered(Call call, Func<List<ModelResult>> recognize)
    {
        var recent = t_recent ??= new RecentResults<Call, IReadOnlyList<ModelResult>>();
        if (recent.Find(call) is { } known)
        {
            return known;
        }

        var results = Run(recognize);
        recent.Add(call, results);
        return results;
    }

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

    private readonly record struct Call(string Kind, string Text, string Culture, DateTime? Reference);
}
