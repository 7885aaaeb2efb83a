namespace BoneCoach.Assessment;

public sealed record Figure(FigureName Name, double Value);
