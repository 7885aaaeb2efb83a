using BoneCoach.Dialogs;
using BoneCoachBot.Safety;

namespace BoneCoachBot.Script;

/// <summary>
/// dialogs/safety.json's rules beyond the schema: it has triage phrases and helplines, and every pattern compiles and has
/// a shape that keeps matching fast.
/// </summary>
internal static class TriageRules
{
    public static void Check(DialogScript dialog, string file, JsonLineIndex lines)
    {
        if (dialog.Dialog != ScriptParts.Safety)
        {
            return;
        }

        if (dialog.Triage is not { } triage || dialog.Helplines.Count == 0)
        {
            throw new ScriptException(file, lines.LineOf(string.Empty), "the safety script needs 'triage' and 'helplines'.");
        }

        // A sign that is an emergency only with a companion would never fire without one.
        if (triage.EmergencyWith.Keys.FirstOrDefault(sign => !triage.Companions.ContainsKey(sign)) is { } alone)
        {
            throw new ScriptException(file, lines.LineOf($"/triage/emergencyWith/{alone}"), $"the sign '{alone}' of 'emergencyWith' needs its 'companions'.");
        }

        try
        {
            // Builds the unions the classifier matches with (kept for it).
            _ = new TriagePatterns(triage);
        }
        catch (ArgumentException broken)
        {
            throw BrokenPattern(triage, file, lines) ?? new ScriptException(file, lines.LineOf("/triage"), $"the triage patterns can't be used: {broken.Message}");
        }

        if (SlowPattern(triage, file, lines) is { } slow)
        {
            throw slow;
        }
    }

    // Every message is matched against every sign: one pattern that backtracks badly would slow every turn.
    private static ScriptException? SlowPattern(TriageScript triage, string file, JsonLineIndex lines) =>
        Patterns(triage).Select(p => (p.Pointer, p.Pattern, Problem: RegexShape.Problem(p.Pattern, TriagePatterns.MaxOpenEnded)))
            .Where(p => p.Problem is not null)
            .Select(p => new ScriptException(file, lines.LineOf(p.Pointer), $"the pattern '{p.Pattern}' {p.Problem}."))
            .FirstOrDefault();

    // Only when the patterns failed: which one, built on its own as it would be for a match.
    private static ScriptException? BrokenPattern(TriageScript triage, string file, JsonLineIndex lines)
    {
        foreach (var (pointer, pattern) in Patterns(triage))
        {
            try
            {
                TriagePatterns.Compile(pattern);
            }
            catch (ArgumentException broken)
            {
                return new ScriptException(file, lines.LineOf(pointer), $"the pattern '{pattern}' can't be used: {broken.Message}");
            }
        }

        return null;
    }

    private static IEnumerable<(string Pointer, string Pattern)> Patterns(TriageScript triage) =>
        Signs("emergency", triage.Emergency).Concat(Signs("crisis", triage.Crisis)).Concat(Signs("urgent", triage.Urgent))
            .Concat(Signs("urgentWhenRecent", triage.UrgentWhenRecent)).Concat(Signs("emergencyUnlessDaysAgo", triage.EmergencyUnlessDaysAgo))
            .Concat(Signs("emergencyForAnyone", triage.EmergencyForAnyone))
            .Concat(List("negation", triage.Negation)).Concat(List("negationBreak", triage.NegationBreak))
            .Concat(List("distantPast", triage.DistantPast)).Concat(List("recentPast", triage.RecentPast))
            .Concat(List("present", triage.Present)).Concat(List("habitual", triage.Habitual))
            .Concat(List("otherPerson", triage.OtherPerson)).Concat(List("hypothetical", triage.Hypothetical))
            .Concat(List("justNow", triage.JustNow)).Concat(List("daysAgo", triage.DaysAgo)).Concat(List("ordinary", triage.Ordinary))
            .Concat(List("safe", triage.Safe)).Concat(List("notOver", triage.NotOver)).Concat(List("notNow", triage.NotNow)).Concat(List("maybeYes", triage.MaybeYes))
            .Concat(Signs("emergencyWith", triage.EmergencyWith)).Concat(Signs("companions", triage.Companions)).Concat(Signs("distress", triage.Distress))
            .Concat(List("thoughtsYes", triage.ThoughtsYes)).Concat(List("thoughtsNo", triage.ThoughtsNo))
            .Concat(List("notMe", triage.NotMe)).Concat(List("pastFracture", triage.PastFracture));

    private static IEnumerable<(string, string)> Signs(string name, IReadOnlyDictionary<string, IReadOnlyList<string>> signs) =>
        signs.SelectMany(sign => List($"{name}/{sign.Key}", sign.Value));

    private static IEnumerable<(string, string)> List(string name, IReadOnlyList<string> patterns) =>
        patterns.Select((pattern, index) => ($"/triage/{name}/{index}", pattern));
}
