namespace BoneCoach.Dialogs;

/// <summary>A number read from the user's text and the unit written with it, if any.</summary>
public sealed record QuantityReading(decimal Value, MeasureUnit? Unit);
