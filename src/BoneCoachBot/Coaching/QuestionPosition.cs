namespace BoneCoachBot.Coaching;

/// <summary>The question open right now: the script part (file) and the question id. Null between questions.</summary>
public sealed record QuestionPosition(string Part, string QuestionId);

/// <summary>What the coach keeps per conversation (ConversationState) next to the dialog stack.</summary>
public sealed class ConversationMarks
{
    public QuestionPosition? Position { get; set; }

    public DateTimeOffset? LastMessageAt { get; set; }
}
