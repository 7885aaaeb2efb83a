namespace BoneCoach.Assessment;

// A plan-wide message; Layers names the layers it is about (e.g. the weak higher layers).
public sealed record PlanNote(PlanNoteCode Code, IReadOnlyList<Layer> Layers);
