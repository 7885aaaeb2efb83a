using System.Text.RegularExpressions;

namespace BoneCoach.Dialogs;

/// <summary>The units the quantity prompt knows, with English and Spanish spellings.</summary>
public static partial class UnitCatalog
{
    public static readonly MeasureUnit Kilogram = new("kg", Dimension.Mass, 1m, ["kg", "kgs", "kilo", "kilos", "kilogram", "kilograms", "kilogramo", "kilogramos"]);
    public static readonly MeasureUnit Gram = new("g", Dimension.Mass, 0.001m, ["g", "gr", "gram", "grams", "gramo", "gramos"]);
    public static readonly MeasureUnit Pound = new("lb", Dimension.Mass, 0.45359237m, ["lb", "lbs", "pound", "pounds", "libra", "libras"]);
    public static readonly MeasureUnit Milligram = new("mg", Dimension.Mass, 0.000001m, ["mg", "milligram", "milligrams", "miligramo", "miligramos"]);
    public static readonly MeasureUnit Microgram = new("µg", Dimension.Mass, 0.000000001m, ["µg", "μg", "ug", "mcg", "microgram", "micrograms", "microgramo", "microgramos"]);
    public static readonly MeasureUnit Centimeter = new("cm", Dimension.Length, 0.01m, ["cm", "cms", "centimeter", "centimeters", "centimetre", "centimetres", "centímetro", "centímetros", "centimetro", "centimetros"]);
    public static readonly MeasureUnit Meter = new("m", Dimension.Length, 1m, ["m", "meter", "meters", "metre", "metres", "metro", "metros"]);
    public static readonly MeasureUnit Inch = new("in", Dimension.Length, 0.0254m, ["in", "inch", "inches", "\"", "”", "pulgada", "pulgadas"]);
    public static readonly MeasureUnit Foot = new("ft", Dimension.Length, 0.3048m, ["ft", "foot", "feet", "'", "’", "pie", "pies"]);
    public static readonly MeasureUnit InternationalUnit = new("IU", Dimension.InternationalUnits, 1m, ["iu", "ius", "ui", "international units", "unidades internacionales"]);
    public static readonly MeasureUnit NanogramPerMilliliter = new("ng/mL", Dimension.MassConcentration, 1m, ["ng/ml", "ng per ml", "ng ml", "nanograms per milliliter", "nanogramos por mililitro"]);
    public static readonly MeasureUnit NanomolePerLiter = new("nmol/L", Dimension.MolarConcentration, 1m, ["nmol/l", "nmol per l", "nmol l", "nanomoles per liter", "nanomoles por litro"]);
    public static readonly MeasureUnit Hour = new("h", Dimension.Duration, 1m, ["h", "hr", "hrs", "hour", "hours", "hora", "horas"]);
    public static readonly MeasureUnit Minute = new("min", Dimension.Duration, 1m / 60m, ["min", "mins", "minute", "minutes", "minuto", "minutos"]);

    public static IReadOnlyList<MeasureUnit> All { get; } =
    [
        Kilogram, Gram, Pound, Milligram, Microgram, Centimeter, Meter, Inch, Foot,
        InternationalUnit, NanogramPerMilliliter, NanomolePerLiter, Hour, Minute,
    ];

    // Recognizers.Text names its units in the input language ("Kilogram", "Kilogramo").
    private static readonly Dictionary<string, MeasureUnit> RecognizerNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Kilogram"] = Kilogram, ["Kilogramo"] = Kilogram, ["Gram"] = Gram, ["Gramo"] = Gram,
        ["Pound"] = Pound, ["Libra"] = Pound, ["Milligram"] = Milligram, ["Miligramo"] = Milligram,
        ["Microgram"] = Microgram, ["Microgramo"] = Microgram, ["Centimeter"] = Centimeter, ["Centímetro"] = Centimeter,
        ["Meter"] = Meter, ["Metro"] = Meter, ["Inch"] = Inch, ["Pulgada"] = Inch, ["Foot"] = Foot, ["Pie"] = Foot,
    };

    private static readonly Regex LeadingUnit = BuildLeadingUnit();

    /// <summary>The unit with this symbol or spelling, or null.</summary>
    public static MeasureUnit? Find(string? symbolOrAlias)
    {
        var key = symbolOrAlias?.Trim().ToLowerInvariant();
        return string.IsNullOrEmpty(key)
            ? null
            : All.FirstOrDefault(u => u.Symbol.Equals(key, StringComparison.OrdinalIgnoreCase) || u.Aliases.Contains(key, StringComparer.Ordinal));
    }

    /// <summary>The unit for a Recognizers.Text unit name, or null when we do not use it.</summary>
    public static MeasureUnit? FromRecognizer(string? name) => name is null ? null : RecognizerNames.GetValueOrDefault(name);

    /// <summary>The unit written at the start of <paramref name="text"/> and how many characters it took.</summary>
    public static (MeasureUnit Unit, int Length)? ReadLeading(string text)
    {
        var match = LeadingUnit.Match(text.ToLowerInvariant());
        return match.Success && Find(match.Groups["unit"].Value) is { } unit ? (unit, match.Length) : null;
    }

    // Longest spelling first so "ng/ml" wins over "ng" and "minutes" over "min"; a letter may not follow ("g" is not "gym").
    private static Regex BuildLeadingUnit()
    {
        var aliases = All.SelectMany(u => u.Aliases).OrderByDescending(a => a.Length).Select(Regex.Escape);
        return new Regex($@"^\s*(?<unit>{string.Join("|", aliases)})(?![\p{{L}}])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
