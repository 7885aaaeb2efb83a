namespace BoneCoach.Assessment;

// A finding that stops coaching of some layers and sends her to a clinician (or emergency services).
public sealed record RedFlag(RedFlagCode Code, Urgency Urgency, IReadOnlyList<Layer> StopsCoaching, IReadOnlyList<Figure> Figures);
