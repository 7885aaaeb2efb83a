using BoneCoachBot.Script;

namespace BoneCoachBot.Coaching;

/// <summary>
/// Questions a list answered for her: ticking or not ticking "a fall in the last year" in the history list answers the
/// falls question, so that question holds an answer she was never asked. Not so when she skipped the list: then each
/// of its questions is asked on its own.
/// </summary>
public static class ListFills
{
    public static bool Filled(ConversationScript script, AnswerSheet answers, string questionId)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(answers);
        return CoachingParts.InOrder.SelectMany(part => script[part].Questions)
            .Any(list => answers.Stored(list.Id)?.Choices is not null && list.Answer.Choices.Any(choice => choice.Fills == questionId));
    }
}
