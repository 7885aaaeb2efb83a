namespace BoneCoach.Dialogs;

/// <summary>What a unit measures; units convert freely only within one dimension.</summary>
public enum Dimension
{
    Mass,
    Length,

    /// <summary>International units: convertible to mass only with a factor the caller supplies (it depends on the substance).</summary>
    InternationalUnits,
    MassConcentration,
    MolarConcentration,
    Duration,

    /// <summary>A share in percent ("5.6%").</summary>
    Percent,
}
