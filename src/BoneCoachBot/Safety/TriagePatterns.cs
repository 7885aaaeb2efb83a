using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using BoneCoachBot.Script;

namespace BoneCoachBot.Safety;

/// <summary>
/// dialogs/safety.json's triage phrases, compiled once. No message can make a match slow: each pattern has the shape
/// <see cref="BoneCoach.Dialogs.RegexShape"/> keeps fast (checked when the script loads) and the classifier reads at most
/// <see cref="Dialogs.InputGuard.MaxAnswerLength"/> characters at once (a longer message in pieces).
/// </summary>
/// <remarks>Each list is a <see cref="PatternList"/>: unions built now, each pattern on its own when first needed.</remarks>
public sealed class TriagePatterns
{
    public const RegexOptions Options = RegexOptions.CultureInvariant;

    // One open-ended repetition ("\w+", "[.! ]*") ranges over the text once from each place tried; two could range over
    // it again for every place the other stops.
    public const int MaxOpenEnded = 1;

    // A Regex is safe to share between threads, and the script's check and every host in this process (a test run starts
    // hundreds) use the same patterns: each is built once per process.
    private static readonly ConcurrentDictionary<string, Regex> Compiled = new(StringComparer.Ordinal);

    /// <param name="preChecked">False: every pattern is tried on every sentence, with no union first (see <see cref="PatternList"/>).</param>
    public TriagePatterns(TriageScript script, bool preChecked = true)
    {
        ArgumentNullException.ThrowIfNull(script);
        Text = new TriageText(script.Rewrite);
        (SignKind Kind, IReadOnlyDictionary<string, IReadOnlyList<string>> Signs)[] kinds =
        [
            (SignKind.Emergency, script.Emergency),
            (SignKind.Crisis, script.Crisis),
            (SignKind.Urgent, script.Urgent),
            (SignKind.UrgentWhenRecent, script.UrgentWhenRecent),
            (SignKind.EmergencyUnlessDaysAgo, script.EmergencyUnlessDaysAgo),
            (SignKind.EmergencyForAnyone, script.EmergencyForAnyone),
            (SignKind.EmergencyWithCompanion, script.EmergencyWith),
            (SignKind.Distress, script.Distress),
        ];
        var signs = kinds.SelectMany(kind => kind.Signs.Select(sign => (kind.Kind, Sign: sign.Key, Patterns: sign.Value))).ToList();
        Signs = [.. signs.SelectMany(sign => sign.Patterns.Select(_ => new SignPattern(sign.Kind, sign.Sign)))];
        SignPatterns = new PatternList(signs.Select(sign => sign.Patterns), preChecked);
        Companions = script.Companions.ToDictionary(sign => sign.Key, sign => new PatternList(sign.Value, preChecked), StringComparer.Ordinal);
        Negation = new PatternList(script.Negation, preChecked);
        NegationBreak = new PatternList(script.NegationBreak, preChecked);
        DistantPast = new PatternList(script.DistantPast, preChecked);
        RecentPast = new PatternList(script.RecentPast, preChecked);
        Present = new PatternList(script.Present, preChecked);
        Habitual = new PatternList(script.Habitual, preChecked);
        JustNow = new PatternList(script.JustNow, preChecked);
        DaysAgo = new PatternList(script.DaysAgo, preChecked);
        Ordinary = new PatternList(script.Ordinary, preChecked);
        OtherPerson = new PatternList(script.OtherPerson, preChecked);
        Hypothetical = new PatternList(script.Hypothetical, preChecked);
        Safe = new PatternList(script.Safe, preChecked);
        NotOver = new PatternList(script.NotOver, preChecked);
        NotNow = new PatternList(script.NotNow, preChecked);
        MaybeYes = new PatternList(script.MaybeYes, preChecked);
        PastFracture = new PatternList(script.PastFracture, preChecked);
        NotMe = new PatternList(script.NotMe, preChecked);
        ThoughtsYes = new PatternList(script.ThoughtsYes, preChecked);
        ThoughtsNo = new PatternList(script.ThoughtsNo, preChecked);
        LeftToQuestions = script.LeftToQuestions.ToHashSet(StringComparer.Ordinal);
        CalmedWhenOrdinary = script.CalmedWhenOrdinary.ToHashSet(StringComparer.Ordinal);
    }

    public TriageText Text { get; }

    /// <summary>What each of <see cref="SignPatterns"/> is a sign of, by its index.</summary>
    public IReadOnlyList<SignPattern> Signs { get; }

    /// <summary>Whether <paramref name="sign"/> is someone's with her, not hers: it is never noted in her summary.</summary>
    public bool IsForAnyone(string sign) => Signs.Any(s => s.Kind == SignKind.EmergencyForAnyone && s.Sign == sign);

    /// <summary>Every sign's patterns, a union per sign.</summary>
    public PatternList SignPatterns { get; }

    public PatternList Negation { get; }

    // A denial reaches this many words ahead: "no chest pain or breathlessness", "nothing broke", not a sign at the end of a
    // long sentence; a "but" or a full stop between ends it.
    private const int NegationReachWords = 3;

    /// <summary>Whether her words tell of a broken bone: "I broke my wrist", not "a fall on the ice but nothing broke".</summary>
    public bool TellsOfBreak(string? text)
    {
        var sentence = Text.Normalize(text);
        return PastFracture.Matches(sentence).Any(sign => !Denies(sentence, sign.Match));
    }

    /// <summary>Whether a negation just before <paramref name="sign"/> in <paramref name="sentence"/> denies it.</summary>
    public bool Denies(string sentence, Match sign)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(sign);
        return Negation.Matches(sentence).Select(found => found.Match).Any(denial =>
        {
            if (denial.Index + denial.Length > sign.Index)
            {
                return false;
            }

            var between = sentence[(denial.Index + denial.Length)..sign.Index];
            return between.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= NegationReachWords && !NegationBreak.IsMatch(between);
        });
    }

    public PatternList NegationBreak { get; }

    public PatternList DistantPast { get; }

    public PatternList RecentPast { get; }

    public PatternList Present { get; }

    public PatternList Habitual { get; }

    public PatternList JustNow { get; }

    public PatternList DaysAgo { get; }

    public PatternList Ordinary { get; }

    public PatternList OtherPerson { get; }

    public PatternList Hypothetical { get; }

    public PatternList Safe { get; }

    public PatternList NotOver { get; }

    public PatternList NotNow { get; }

    public PatternList MaybeYes { get; }

    public PatternList PastFracture { get; }

    public PatternList NotMe { get; }

    /// <summary>What must come with each sign of the emergencyWith kind for it to count.</summary>
    public IReadOnlyDictionary<string, PatternList> Companions { get; }

    public PatternList ThoughtsYes { get; }

    public PatternList ThoughtsNo { get; }

    public IReadOnlySet<string> LeftToQuestions { get; }

    public IReadOnlySet<string> CalmedWhenOrdinary { get; }

    /// <summary>Compiles one pattern as the classifier will; throws <see cref="ArgumentException"/> for one it can't use.</summary>
    public static Regex Compile(string pattern) => Compiled.GetOrAdd(pattern, static p => new Regex(p, Options));

}

/// <summary>How a sign's class depends on its context: see <see cref="TriageClassifier"/>.</summary>
public enum SignKind
{
    Emergency,
    Crisis,
    Urgent,
    UrgentWhenRecent,
    EmergencyUnlessDaysAgo,
    EmergencyForAnyone,
    EmergencyWithCompanion,
    Distress,
}

public sealed record SignPattern(SignKind Kind, string Sign);
