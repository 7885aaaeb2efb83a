using System.Globalization;

namespace BoneCoach.Dialogs;

/// <summary>A value with its unit symbol ("kg", "cm", "ng/mL"); plain JSON in state.</summary>
public sealed record Quantity(decimal Value, string Unit)
{
    /// <summary>This quantity in <paramref name="unit"/>, or null when it cannot be converted.</summary>
    public Quantity? ConvertTo(string unit, IEnumerable<UnitConversion>? conversions = null)
        => UnitConverter.Convert(Value, Unit, unit, conversions ?? []) is { } value ? new Quantity(value, UnitCatalog.Find(unit)?.Symbol ?? unit) : null;

    public override string ToString() => $"{Value.ToString(CultureInfo.InvariantCulture)} {Unit}";
}
