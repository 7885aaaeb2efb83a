namespace BoneCoach.Assessment;

// Something she reported during the chat or a weekly check-in (a new fall, chest pain she was told to call about),
// with the day: either a red-flag code, labelled like the others, or the bot's own wording of it.
public sealed record ReportedConcern(DateOnly ReportedOn, Urgency Urgency, string Where, RedFlagCode? Code = null, string? What = null);
