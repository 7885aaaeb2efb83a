namespace BoneCoach.Dialogs;

/// <summary>How often, as times per week; Vague when it came from a word like "sometimes" by convention (worth reading back).</summary>
public sealed record FrequencyReading(double PerWeek, bool Vague);
