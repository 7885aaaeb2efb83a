namespace BoneCoach.Assessment;

// A finding that sends her to a clinician (or emergency services). StopsCoaching: layers paused until then;
// Adapts: layers still coached, in a safer form (loading after a spine fracture: physiotherapist-led, no jumps).
public sealed record RedFlag(RedFlagCode Code, Urgency Urgency, IReadOnlyList<Layer> StopsCoaching, IReadOnlyList<Figure> Figures)
{
    public IReadOnlyList<Layer> Adapts { get; init; } = [];
}
