namespace BoneCoach.Dialogs;

/// <summary>A conversion across dimensions that only the caller knows: 1 <c>From</c> = <c>Factor</c> <c>To</c> (e.g. 25(OH)D: 1 ng/mL = 2.496 nmol/L).</summary>
public sealed record UnitConversion(string From, string To, decimal Factor);
