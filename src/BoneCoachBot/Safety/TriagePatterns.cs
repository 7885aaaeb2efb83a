using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using BoneCoachBot.Script;

namespace BoneCoachBot.Safety;

/// <summary>dialogs/safety.json's triage phrases, compiled once. Non-backtracking, so no message can make a match slow.</summary>
public sealed class TriagePatterns
{
    public const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    // A non-backtracking regex is costly to build (its character classes become decision diagrams) and keeps a growing
    // cache of matching states, while a Regex is safe to share between threads. The script's check and every host in
    // this process (a test run starts hundreds) use the same ~120 patterns, so each is built once per process.
    private static readonly ConcurrentDictionary<string, Regex> Compiled = new(StringComparer.Ordinal);

    public TriagePatterns(TriageScript script)
    {
        ArgumentNullException.ThrowIfNull(script);
        Text = new TriageText(script.Rewrite);
        Signs =
        [
            .. Signs_(script.Emergency, SignKind.Emergency),
            .. Signs_(script.Crisis, SignKind.Crisis),
            .. Signs_(script.Urgent, SignKind.Urgent),
            .. Signs_(script.UrgentWhenRecent, SignKind.UrgentWhenRecent),
            .. Signs_(script.EmergencyUnlessDaysAgo, SignKind.EmergencyUnlessDaysAgo),
            .. Signs_(script.EmergencyWith, SignKind.EmergencyWithCompanion),
            .. Signs_(script.Distress, SignKind.Distress),
        ];
        Companions = script.Companions.ToDictionary(sign => sign.Key, sign => (IReadOnlyList<Regex>)Compile(sign.Value), StringComparer.Ordinal);
        Negation = Compile(script.Negation);
        NegationBreak = Compile(script.NegationBreak);
        DistantPast = Compile(script.DistantPast);
        RecentPast = Compile(script.RecentPast);
        Present = Compile(script.Present);
        Habitual = Compile(script.Habitual);
        JustNow = Compile(script.JustNow);
        DaysAgo = Compile(script.DaysAgo);
        Ordinary = Compile(script.Ordinary);
        OtherPerson = Compile(script.OtherPerson);
        Hypothetical = Compile(script.Hypothetical);
        Safe = Compile(script.Safe);
        NotOver = Compile(script.NotOver);
        NotNow = Compile(script.NotNow);
        MaybeYes = Compile(script.MaybeYes);
        PastFracture = Compile(script.PastFracture);
        NotMe = Compile(script.NotMe);
        ThoughtsYes = Compile(script.ThoughtsYes);
        ThoughtsNo = Compile(script.ThoughtsNo);
        LeftToQuestions = script.LeftToQuestions.ToHashSet(StringComparer.Ordinal);
        CalmedWhenOrdinary = script.CalmedWhenOrdinary.ToHashSet(StringComparer.Ordinal);
    }

    public TriageText Text { get; }

    public IReadOnlyList<SignPattern> Signs { get; }

    public IReadOnlyList<Regex> Negation { get; }

    // A denial reaches this many words ahead: "no chest pain or breathlessness", "nothing broke", not a sign at the end of a
    // long sentence; a "but" or a full stop between ends it.
    private const int NegationReachWords = 3;

    /// <summary>Whether her words tell of a broken bone: "I broke my wrist", not "a fall on the ice but nothing broke".</summary>
    public bool TellsOfBreak(string? text)
    {
        var sentence = Text.Normalize(text);
        return PastFracture.SelectMany(p => p.Matches(sentence)).Any(sign => !Denies(sentence, sign));
    }

    /// <summary>Whether a negation just before <paramref name="sign"/> in <paramref name="sentence"/> denies it.</summary>
    public bool Denies(string sentence, Match sign)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(sign);
        return Negation.SelectMany(p => p.Matches(sentence)).Any(denial =>
        {
            if (denial.Index + denial.Length > sign.Index)
            {
                return false;
            }

            var between = sentence[(denial.Index + denial.Length)..sign.Index];
            return between.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= NegationReachWords && !AnyMatch(NegationBreak, between);
        });
    }

    public IReadOnlyList<Regex> NegationBreak { get; }

    public IReadOnlyList<Regex> DistantPast { get; }

    public IReadOnlyList<Regex> RecentPast { get; }

    public IReadOnlyList<Regex> Present { get; }

    public IReadOnlyList<Regex> Habitual { get; }

    public IReadOnlyList<Regex> JustNow { get; }

    public IReadOnlyList<Regex> DaysAgo { get; }

    public IReadOnlyList<Regex> Ordinary { get; }

    public IReadOnlyList<Regex> OtherPerson { get; }

    public IReadOnlyList<Regex> Hypothetical { get; }

    public IReadOnlyList<Regex> Safe { get; }

    public IReadOnlyList<Regex> NotOver { get; }

    public IReadOnlyList<Regex> NotNow { get; }

    public IReadOnlyList<Regex> MaybeYes { get; }

    public IReadOnlyList<Regex> PastFracture { get; }

    public IReadOnlyList<Regex> NotMe { get; }

    /// <summary>What must come with each sign of the emergencyWith kind for it to count.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Regex>> Companions { get; }

    public IReadOnlyList<Regex> ThoughtsYes { get; }

    public IReadOnlyList<Regex> ThoughtsNo { get; }

    public IReadOnlySet<string> LeftToQuestions { get; }

    public IReadOnlySet<string> CalmedWhenOrdinary { get; }

    /// <summary>Compiles one pattern as the classifier will; throws <see cref="ArgumentException"/> for one it can't use.</summary>
    public static Regex Compile(string pattern) => Compiled.GetOrAdd(pattern, static p => new Regex(p, Options));

    public static bool AnyMatch(IEnumerable<Regex> patterns, string text) => patterns.Any(p => p.IsMatch(text));

    private static Regex[] Compile(IEnumerable<string> patterns) => patterns.Select(Compile).ToArray();

    private static IEnumerable<SignPattern> Signs_(IReadOnlyDictionary<string, IReadOnlyList<string>> signs, SignKind kind) =>
        signs.SelectMany(sign => sign.Value.Select(pattern => new SignPattern(kind, sign.Key, Compile(pattern))));
}

/// <summary>How a sign's class depends on its context: see <see cref="TriageClassifier"/>.</summary>
public enum SignKind
{
    Emergency,
    Crisis,
    Urgent,
    UrgentWhenRecent,
    EmergencyUnlessDaysAgo,
    EmergencyWithCompanion,
    Distress,
}

public sealed record SignPattern(SignKind Kind, string Sign, Regex Pattern);
