namespace BoneCoach.Dialogs;

/// <summary>A unit: its symbol, what it measures, its size in the dimension's base unit, and how people write it.</summary>
public sealed record MeasureUnit(string Symbol, Dimension Dimension, decimal BaseFactor, IReadOnlyList<string> Aliases)
{
    public override string ToString() => Symbol;
}
