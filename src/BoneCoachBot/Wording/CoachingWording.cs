using BoneCoach.Assessment;
using BoneCoachBot.Script;

namespace BoneCoachBot.Wording;

/// <summary>
/// The coach's result wording from dialogs/feedback.json and dialogs/plan.json, checked once when built.
/// A text may have variants ("reason.bloodSugarNormal.hbA1c") for when the core supplies fewer figures:
/// the first one whose figures are all present is used.
/// </summary>
public sealed class CoachingWording
{
    private readonly ConversationScript _script;

    private CoachingWording(ConversationScript script) => _script = script;

    // In the turn's language, read per call.
    private DialogScript FeedbackFile => _script[WordingKeys.FeedbackFile];

    private DialogScript PlanFile => _script[WordingKeys.PlanFile];

    /// <summary>Checks every code has wording (naming file and line when <paramref name="directory"/> is known).</summary>
    public static CoachingWording From(ConversationScript script, string? directory = null)
    {
        ArgumentNullException.ThrowIfNull(script);
        var feedback = Required(script, WordingKeys.FeedbackFile);
        var plan = Required(script, WordingKeys.PlanFile);
        WordingCheck.Check(feedback, WordingKeys.RequiredFeedback(), directory);
        WordingCheck.Check(plan, WordingKeys.RequiredPlan(), directory);
        return new CoachingWording(script);
    }

    public string Feedback(string key) => FeedbackFile.Text(key);

    public string Plan(string key) => PlanFile.Text(key);

    public string? FillFeedback(string key, IReadOnlyList<Figure> figures) => Fill(FeedbackFile, key, figures);

    public string? FillPlan(string key, IReadOnlyList<Figure> figures) => Fill(PlanFile, key, figures);

    /// <summary>"a, b and c", with the joining word from plan.json.</summary>
    public string JoinAnd(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count <= 1
            ? string.Concat(list)
            : $"{string.Join(", ", list[..^1])} {Plan(PlanTexts.And)} {list[^1]}";
    }

    /// <summary>The text and its variants, in the order they are tried.</summary>
    public static IEnumerable<string> Candidates(DialogScript file, string key) =>
        file.Texts.TryGetValue(key, out var main)
            ? file.Texts.Where(t => t.Key.StartsWith(key + ".", StringComparison.Ordinal))
                .OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Value).Prepend(main)
            : [];

    private static string? Fill(DialogScript file, string key, IReadOnlyList<Figure> figures) =>
        Candidates(file, key).Select(template => Template.Fill(template, figures)).FirstOrDefault(text => text is not null);

    private static DialogScript Required(ConversationScript script, string dialog) =>
        script.Dialogs.TryGetValue(dialog, out var file)
            ? file
            : throw new ScriptException($"dialogs/{dialog}.json", null, "this file is missing; the bot needs it for what it says about results.");
}
