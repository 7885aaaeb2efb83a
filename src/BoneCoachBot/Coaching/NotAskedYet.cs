using BoneCoach.Assessment;
using BoneCoachBot.Script;

namespace BoneCoachBot.Coaching;

/// <summary>
/// The questions the first pass left for later ("later" in dialogs/), that apply to her and she has not answered:
/// not the same as a question she skipped or didn't know. Highest layer first (the hierarchy), then her profile.
/// </summary>
public static class NotAskedYet
{
    public static IReadOnlyList<(string Part, QuestionScript Question)> Questions(ConversationScript script, AnswerSheet answers, string? part = null)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(answers);
        return CoachingParts.InOrder
            .Where(p => part is null || p == part)
            .OrderBy(p => CoachingParts.LayerOf(p) is { } layer ? Hierarchy.Rank(layer) : int.MaxValue)
            .SelectMany(p => script[p].Questions.Where(q => IsOpen(q, answers)).Select(q => (p, q)))
            .ToList();
    }

    /// <summary>The layers with a question not asked yet, for the core.</summary>
    public static IReadOnlyCollection<Layer> Layers(ConversationScript script, AnswerSheet answers) =>
        Questions(script, answers).Select(q => CoachingParts.LayerOf(q.Part)).OfType<Layer>().Distinct().ToList();

    private static bool IsOpen(QuestionScript question, AnswerSheet answers) =>
        question.Later && !answers.IsAnswered(question.Id) && QuestionGates.Allow(question, answers);
}
