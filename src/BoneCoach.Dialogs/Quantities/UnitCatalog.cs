using System.Text.RegularExpressions;

namespace BoneCoach.Dialogs;

/// <summary>The units the quantity prompt knows, with English and Spanish spellings.</summary>
public static partial class UnitCatalog
{
    public static readonly MeasureUnit Kilogram = new("kg", Dimension.Mass, 1m, ["kg", "kgs", "kilo", "kilos", "kilogram", "kilograms", "kilogramo", "kilogramos"]);
    public static readonly MeasureUnit Gram = new("g", Dimension.Mass, 0.001m, ["g", "gr", "gram", "grams", "gramme", "grammes", "grs", "gramo", "gramos"]);
    public static readonly MeasureUnit Pound = new("lb", Dimension.Mass, 0.45359237m, ["lb", "lbs", "pound", "pounds", "libra", "libras"]);

    // 1 stone = 14 lb exactly (Weights and Measures Act 1985, Schedule 1).
    public static readonly MeasureUnit Stone = new("st", Dimension.Mass, 6.35029318m, ["st", "stone", "stones", "stn"]);
    public static readonly MeasureUnit Milligram = new("mg", Dimension.Mass, 0.000001m, ["mg", "milligram", "milligrams", "milligramme", "milligrammes", "mgs", "miligramo", "miligramos"]);
    public static readonly MeasureUnit Microgram = new("µg", Dimension.Mass, 0.000000001m, ["µg", "μg", "ug", "mcg", "microgram", "micrograms", "microgramo", "microgramos"]);
    public static readonly MeasureUnit Centimeter = new("cm", Dimension.Length, 0.01m, ["cm", "cms", "centimeter", "centimeters", "centimetre", "centimetres", "centímetro", "centímetros", "centimetro", "centimetros"]);
    public static readonly MeasureUnit Meter = new("m", Dimension.Length, 1m, ["m", "meter", "meters", "metre", "metres", "metro", "metros"]);
    public static readonly MeasureUnit Inch = new("in", Dimension.Length, 0.0254m, ["in", "inch", "inches", "\"", "”", "″", "''", "pulgada", "pulgadas"]);
    public static readonly MeasureUnit Foot = new("ft", Dimension.Length, 0.3048m, ["ft", "foot", "feet", "'", "’", "′", "pie", "pies"]);
    public static readonly MeasureUnit InternationalUnit = new("IU", Dimension.InternationalUnits, 1m, ["iu", "ius", "ui", "international units", "unidades internacionales"]);
    public static readonly MeasureUnit NanogramPerMilliliter = new("ng/mL", Dimension.MassConcentration, 1m, ["ng/ml", "ng per ml", "ng ml", "nanograms per milliliter", "nanogramos por mililitro"]);
    public static readonly MeasureUnit NanomolePerLiter = new("nmol/L", Dimension.MolarConcentration, 1m, ["nmol/l", "nmol per l", "nmol l", "nanomoles per liter", "nanomoles por litro"]);

    // 1 mg/dL = 10 mg/L = 10,000 ng/mL; 1 mmol/L = 1,000,000 nmol/L (SI prefixes).
    public static readonly MeasureUnit MilligramPerDeciliter = new("mg/dL", Dimension.MassConcentration, 10000m, ["mg/dl", "mg per dl", "mg dl", "milligrams per deciliter", "milligrams per decilitre", "miligramos por decilitro"]);
    public static readonly MeasureUnit MillimolePerLiter = new("mmol/L", Dimension.MolarConcentration, 1000000m, ["mmol/l", "mmol per l", "mmol l", "millimoles per liter", "millimoles per litre", "milimoles por litro"]);
    public static readonly MeasureUnit Percent = new("%", Dimension.Percent, 1m, ["%", "percent", "per cent", "por ciento"]);
    public static readonly MeasureUnit Hour = new("h", Dimension.Duration, 1m, ["h", "hr", "hrs", "hour", "hours", "hora", "horas"]);
    public static readonly MeasureUnit Minute = new("min", Dimension.Duration, 1m / 60m, ["min", "mins", "minute", "minutes", "minuto", "minutos"]);

    // Calendar lengths in hours: a month is a twelfth of a 365.25-day year.
    public static readonly MeasureUnit Day = new("d", Dimension.Duration, 24m, ["day", "days", "día", "días", "dia", "dias"]);
    public static readonly MeasureUnit Week = new("wk", Dimension.Duration, 168m, ["wk", "wks", "week", "weeks", "semana", "semanas"]);
    public static readonly MeasureUnit Month = new("mo", Dimension.Duration, 730.5m, ["mth", "mths", "month", "months", "mes", "meses"]);
    public static readonly MeasureUnit Year = new("yr", Dimension.Duration, 8766m, ["yr", "yrs", "year", "years", "año", "años", "ano", "anos"]);

    public static IReadOnlyList<MeasureUnit> All { get; } =
    [
        Kilogram, Gram, Pound, Stone, Milligram, Microgram, Centimeter, Meter, Inch, Foot,
        InternationalUnit, NanogramPerMilliliter, NanomolePerLiter, MilligramPerDeciliter, MillimolePerLiter, Percent,
        Hour, Minute, Day, Week, Month, Year,
    ];

    // Recognizers.Text names its units in the input language ("Kilogram", "Kilogramo").
    private static readonly Dictionary<string, MeasureUnit> RecognizerNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Kilogram"] = Kilogram, ["Kilogramo"] = Kilogram, ["Gram"] = Gram, ["Gramo"] = Gram,
        ["Pound"] = Pound, ["Libra"] = Pound, ["Milligram"] = Milligram, ["Miligramo"] = Milligram,
        ["Microgram"] = Microgram, ["Microgramo"] = Microgram, ["Centimeter"] = Centimeter, ["Centímetro"] = Centimeter,
        ["Meter"] = Meter, ["Metro"] = Meter, ["Inch"] = Inch, ["Pulgada"] = Inch, ["Foot"] = Foot, ["Pie"] = Foot, ["Stone"] = Stone,
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
