using System.Globalization;
using BoneCoach.Assessment;
using BoneCoachBot.Script;

namespace BoneCoachBot.Wording;

/// <summary>
/// Writes a figure the way a person reads it ("72 g", "1,200 mg", "twice a week"), the same on every server:
/// the unit is part of the figure's name in the core, so it is added here, never typed into the wording.
/// </summary>
public static class FigureFormat
{
    public static string WithUnit(FigureName name, double value) =>
        IsTimesAWeek(name) ? TimesAWeek(name, value)
        : Unit(name) is { } unit ? Number(name, value) + Singular(Spoken(unit), value) : Number(name, value);

    private static bool IsTimesAWeek(FigureName name) =>
        name is FigureName.StrengthSessionsPerWeek or FigureName.StrengthSessionsPerWeekMax or FigureName.BalanceSessionsPerWeek;

    // "twice a week", not "2×/week": she reads her plan, not a prescription pad.
    private static string TimesAWeek(FigureName name, double value) => (ScriptLanguage.Current == ScriptLanguage.Spanish, value) switch
    {
        (false, 1) => "once a week",
        (false, 2) => "twice a week",
        (false, _) => Number(name, value) + " times a week",
        (true, 1) => "1 vez a la semana",
        (true, _) => Number(name, value) + " veces a la semana",
    };

    // "1 day a week", "1 hour": only the day and hour units change, and only for exactly one.
    private static string Singular(string unit, double value) =>
        value == 1
            ? unit.Replace(" days ", " day ", StringComparison.Ordinal).Replace(" hours", " hour", StringComparison.Ordinal)
                .Replace(" días ", " día ", StringComparison.Ordinal).Replace(" horas", " hora", StringComparison.Ordinal)
            : unit;

    public static string Number(FigureName name, double value) =>
        ScriptLanguage.Current == ScriptLanguage.Spanish
            ? value.ToString(IsWhole(name) ? "0" : "0.#", SpanishNumbers)
            : value.ToString(IsWhole(name) ? "#,0" : "#,0.#", CultureInfo.InvariantCulture);

    // Spanish writes a decimal comma and, for amounts like these, no thousands mark ("1200 mg", "0,8 g/kg").
    private static readonly NumberFormatInfo SpanishNumbers = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "." };

    private static readonly Dictionary<string, string> SpanishUnits = new(StringComparer.Ordinal)
    {
        [" days a week"] = " días a la semana",
        [" minutes"] = " minutos",
        [" hours"] = " horas",
        [" IU"] = " UI",
        [" units a week"] = " unidades a la semana",
        [" units a day"] = " unidades al día",
    };

    private static string Spoken(string unit) =>
        ScriptLanguage.Current == ScriptLanguage.Spanish ? SpanishUnits.GetValueOrDefault(unit, unit) : unit;

    // Amounts whose decimals would be false precision: grams, milligrams, IU, centimetres, minutes.
    private static bool IsWhole(FigureName name) => name is
        FigureName.ProteinGramsPerDay or FigureName.ProteinTargetGramsPerDay or FigureName.CalciumMgPerDay
        or FigureName.CalciumRdaMgPerDay or FigureName.CalciumUpperLimitMgPerDay or FigureName.VitaminDIuPerDay
        or FigureName.VitaminDRdaIuPerDay or FigureName.VitaminDUpperLimitIuPerDay or FigureName.MagnesiumMgPerDay
        or FigureName.MagnesiumRdaMgPerDay or FigureName.MagnesiumSupplementUpperLimitMgPerDay or FigureName.Omega3MgPerDay
        or FigureName.Omega3LowMgPerDay or FigureName.Omega3HighMgPerDay or FigureName.VitaminDNmolPerL
        or FigureName.FastingGlucoseMgPerDl or FigureName.WaistCm or FigureName.HeightCm or FigureName.SessionMinutes
        or FigureName.AgeYears or FigureName.KidneyEgfr;

    private static string? Unit(FigureName name) => name switch
    {
        FigureName.WeightKg => " kg",
        FigureName.HeightCm or FigureName.WaistCm or FigureName.HeightLossCm => " cm",
        FigureName.ImpactDaysPerWeek or FigureName.WalkingDaysPerWeek or FigureName.DaysPerWeek => " days a week",
        FigureName.PercentOneRepMaxLow or FigureName.PercentOneRepMaxHigh or FigureName.HbA1cPercent
            or FigureName.FraxHipPercent or FigureName.FraxMajorOsteoporoticPercent => "%",
        FigureName.SessionMinutes => " minutes",
        FigureName.VitaminDNgPerMl => " ng/mL",
        FigureName.VitaminDNmolPerL => " nmol/L",
        FigureName.FastingGlucoseMgPerDl => " mg/dL",
        FigureName.ProteinGramsPerDay or FigureName.ProteinTargetGramsPerDay => " g",
        FigureName.ProteinGramsPerKg or FigureName.ProteinTargetGramsPerKg or FigureName.ProteinUpperGramsPerKg => " g/kg",
        FigureName.SleepHours or FigureName.SleepMinHours or FigureName.SleepMaxHours => " hours",
        FigureName.Omega3MgPerDay or FigureName.Omega3LowMgPerDay or FigureName.Omega3HighMgPerDay or FigureName.CalciumMgPerDay
            or FigureName.CalciumRdaMgPerDay or FigureName.CalciumUpperLimitMgPerDay or FigureName.MagnesiumMgPerDay
            or FigureName.MagnesiumRdaMgPerDay or FigureName.MagnesiumSupplementUpperLimitMgPerDay
            or FigureName.GlucocorticoidMgPerDay => " mg",
        FigureName.VitaminDIuPerDay or FigureName.VitaminDRdaIuPerDay or FigureName.VitaminDUpperLimitIuPerDay => " IU",
        FigureName.AlcoholUnitsPerWeek or FigureName.AlcoholLowRiskUnitsPerWeek => " units a week",
        FigureName.AlcoholFraxUnitsPerDay => " units a day",
        FigureName.KidneyProteinGramsPerKg => " g",
        // Counts, scores and thresholds read as bare numbers; the sentence around them names the unit.
        _ => null,
    };
}
