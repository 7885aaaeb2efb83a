namespace BoneCoach.Dialogs;

/// <summary>How a quantity question is answered: the unit wanted, the plausible range, and how to treat a bare number.</summary>
public sealed class QuantityRules
{
    /// <summary>The unit the answer is returned in ("kg").</summary>
    public string TargetUnit { get; set; } = string.Empty;

    /// <summary>The unit a bare number is taken in; null means decide by range or ask.</summary>
    public string? DefaultUnit { get; set; }

    /// <summary>The units a bare number may be in; empty means the target unit and its usual alternatives (kg/lb, cm/in/m, ng/mL/nmol/L).</summary>
    public IList<string> BareNumberUnits { get; set; } = new List<string>();

    /// <summary>Smallest plausible answer, in the target unit.</summary>
    public decimal? Min { get; set; }

    /// <summary>Largest plausible answer, in the target unit.</summary>
    public decimal? Max { get; set; }

    /// <summary>Cross-dimension factors only the caller knows (IU to µg for vitamin D, ng/mL to nmol/L for 25(OH)D).</summary>
    public IList<UnitConversion> Conversions { get; set; } = new List<UnitConversion>();

    /// <summary>Words that name what is asked ("weigh", "waist"): of several plain numbers, the one right after such a word is the answer.</summary>
    public IList<string> Cues { get; set; } = new List<string>();

    /// <summary>Decimals to round the converted answer to; null keeps full precision.</summary>
    public int? Decimals { get; set; }

    /// <summary>Asked when a bare number fits two units; {0} and {1} are "62 kg" and "62 lb".</summary>
    public string WhichUnitQuestion { get; set; } = "Is that {0} or {1}?";

    /// <summary>Sent when the unit cannot be used here; {0} lists the units that can ("kg or lb").</summary>
    public string WrongUnitMessage { get; set; } = "Could you give that in {0}?";

    /// <summary>The units a bare number is tried in.</summary>
    public IReadOnlyList<string> CandidateUnits()
    {
        if (BareNumberUnits.Count > 0)
        {
            return BareNumberUnits.ToList();
        }

        var target = UnitCatalog.Find(TargetUnit)?.Symbol ?? TargetUnit;
        return [target, .. UsualAlternatives(target)];
    }

    // Feet are left out on purpose: "5.4" usually means 5 ft 4 in, not 5.4 ft, so a bare number is never read as feet.
    private static string[] UsualAlternatives(string symbol) => symbol switch
    {
        "kg" => ["lb"],
        "lb" => ["kg"],
        "cm" => ["in", "m"],
        "m" => ["cm", "in"],
        "in" or "ft" => ["cm"],
        "ng/mL" => ["nmol/L"],
        "nmol/L" => ["ng/mL"],
        _ => [],
    };
}
