using System.Globalization;
using System.Text.RegularExpressions;

namespace BoneCoach.Assessment;

// Plain labels for the clinician summary. Codes become words ("ProteinBelowTarget" → "protein below target")
// so a new code never renders blank; figures carry their units.
internal static partial class SummaryWording
{
    private static readonly Dictionary<string, string> Tokens = new(StringComparer.Ordinal)
    {
        ["Rda"] = "RDA", ["Frax"] = "FRAX", ["Bmi"] = "BMI", ["A"] = "a", ["T"] = "T-",
    };

    public static string Words(Enum code)
    {
        var words = WordBoundary().Split(code.ToString()).Select(Token).ToArray();
        var text = string.Join(' ', words).Replace("- ", "-", StringComparison.Ordinal);
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    public const string Unknown = "unknown";

    private const double MonthsPerYear = 12;

    // Figures as a reader says them: whole numbers from 100 up (a height of 163 cm), one decimal from 10 (63.5 kg), two
    // below (a T-score of -2.85), so no value carries the noise of a unit conversion (162.56 cm).
    public static string Number(double value) =>
        value.ToString(Math.Abs(value) >= 100 ? "0" : Math.Abs(value) >= 10 ? "0.#" : "0.##", CultureInfo.InvariantCulture);

    public static string Figure(Figure figure) => figure.Name switch
    {
        FigureName.GlucocorticoidMonths => "for " + Months(figure.Value),
        FigureName.YearsSinceMenopause => Years(figure.Value) + " since menopause",
        _ => string.Format(CultureInfo.InvariantCulture, FigureFormat(figure.Name), Number(figure.Value)),
    };

    public static string Figures(IEnumerable<Figure> figures) => string.Join(", ", figures.Select(Figure));

    public static string Known(double? value, string unit) => value is { } v ? $"{Number(v)}{unit}" : Unknown;

    public static string Known(bool? value) => value switch { true => "yes", false => "no", null => Unknown };

    public static string Known<T>(T? value) where T : struct, Enum => value is { } v ? Words(v).ToLowerInvariant() : Unknown;

    public static string KnownYears(double? years) => years is { } y ? Years(y) : Unknown;

    public static string KnownMonths(double? months) => months is { } m ? Months(m) : Unknown;

    // "2 years", not "23.98 months": whole years from a year up, whole months below.
    public static string Months(double months) =>
        months >= MonthsPerYear ? Years(months / MonthsPerYear)
        : Math.Round(months, MidpointRounding.AwayFromZero) is var m && m < 1 ? "less than a month"
        : m == 1 ? "1 month" : $"{m:0} months";

    public static string Years(double years) =>
        years < 1 ? Months(years * MonthsPerYear)
        : Math.Round(years, MidpointRounding.AwayFromZero) is var y && y == 1 ? "1 year" : $"{y:0} years";

    /// <summary>A red flag in plain words; a code without its own label reads as the words of its name.</summary>
    public static string Label(RedFlagCode code) => code switch
    {
        RedFlagCode.LowTraumaFractureAfter50 => $"Fracture from a fall from standing height or less after age {Thresholds.LowTraumaFractureAgeYears}",
        RedFlagCode.HeightLossHistorical => "Height loss she remembers",
        RedFlagCode.HeightLossMeasured => "Height loss measured at a check-up",
        RedFlagCode.GrowingStoop => "A growing stoop",
        RedFlagCode.LongTermOralGlucocorticoids => "Long-term steroid tablets",
        RedFlagCode.OsteoporosisTScore => "Osteoporosis T-score (-2.5 or lower)",
        RedFlagCode.FraxHipAboveThreshold => "FRAX hip fracture risk at or above the US treatment threshold",
        RedFlagCode.FraxMajorOsteoporoticAboveThreshold => "FRAX major fracture risk at or above the US treatment threshold",
        RedFlagCode.LowBmi => "Low body mass index",
        RedFlagCode.HormoneTherapyContraindicated => "A reason hormone therapy may not suit her, and she asked about it",
        RedFlagCode.UrgentChestPain => "Chest pain at the time of the chat",
        RedFlagCode.UrgentStrokeSigns => "Signs of a stroke at the time of the chat",
        RedFlagCode.UrgentFallWithSuspectedBreak => "A fall with a suspected break at the time of the chat",
        RedFlagCode.NewFallReported => "A new fall",
        RedFlagCode.NewFractureReported => "A new fracture",
        RedFlagCode.NewBackPainReported => "New back pain",
        _ => Words(code),
    };

    public static string Status(LayerStatus status) => status switch
    {
        LayerStatus.OnTrack => "on track",
        LayerStatus.NeedsWork => "needs work",
        LayerStatus.Priority => "priority",
        _ => "not enough information",
    };

    public static string LayerName(Layer layer) => layer switch
    {
        Assessment.Layer.Loading => "Mechanical loading",
        Assessment.Layer.Endocrine => "Endocrine balance",
        Assessment.Layer.Substrate => "Protein and collagen",
        Assessment.Layer.Inflammation => "Inflammatory tone",
        _ => "Minerals and cofactors",
    };

    private static string Token(string word, int index) =>
        Tokens.TryGetValue(word, out var fixedWord) ? fixedWord
        : index == 0 || word.Length == 1 || word.Any(char.IsDigit) ? word
        : word.ToLowerInvariant();

    private static string FigureFormat(FigureName name) => name switch
    {
        FigureName.AgeYears => "age {0}",
        FigureName.WeightKg => "weight {0} kg",
        FigureName.HeightCm => "height {0} cm",
        FigureName.Bmi => "BMI {0}",
        FigureName.YearsSinceMenopause => "{0} years since menopause",
        FigureName.StrengthSessionsPerWeek => "{0} strength sessions/week",
        FigureName.StrengthSessionsPerWeekMax => "up to {0} sessions/week",
        FigureName.Sets => "{0} sets",
        FigureName.SetsMax => "up to {0} sets",
        FigureName.Reps => "{0} reps",
        FigureName.RepsMax => "up to {0} reps",
        FigureName.RepMaxWeight => "a weight she can lift about {0} times",
        FigureName.PercentOneRepMaxLow => "from {0}% of one-rep max",
        FigureName.PercentOneRepMaxHigh => "to {0}% of one-rep max",
        FigureName.SessionMinutes => "about {0} min a session",
        FigureName.ImpactDaysPerWeek => "{0} impact days/week",
        FigureName.WalkingDaysPerWeek => "{0} walking days/week",
        FigureName.BalanceSessionsPerWeek => "{0} balance sessions/week",
        FigureName.VitaminDNgPerMl => "25(OH)D {0} ng/mL",
        FigureName.VitaminDNmolPerL => "25(OH)D {0} nmol/L",
        FigureName.FastingGlucoseMgPerDl => "fasting glucose {0} mg/dL",
        FigureName.HbA1cPercent => "HbA1c {0}%",
        FigureName.ProteinGramsPerDay => "protein {0} g/day",
        FigureName.ProteinGramsPerKg => "{0} g/kg/day",
        FigureName.ProteinTargetGramsPerDay => "target {0} g/day",
        FigureName.ProteinTargetGramsPerKg => "target {0} g/kg/day",
        FigureName.ProteinUpperGramsPerKg => "up to {0} g/kg/day",
        FigureName.KidneyEgfr => "eGFR {0}",
        FigureName.WaistCm => "waist {0} cm",
        FigureName.SleepHours => "sleep {0} h",
        FigureName.SleepMinHours => "at least {0} h sleep",
        FigureName.SleepMaxHours => "at most {0} h sleep",
        FigureName.Omega3MgPerDay => "omega-3 {0} mg/day",
        FigureName.Omega3LowMgPerDay => "from {0} mg/day EPA+DHA",
        FigureName.Omega3HighMgPerDay => "to {0} mg/day EPA+DHA",
        FigureName.CalciumMgPerDay => "calcium {0} mg/day",
        FigureName.CalciumRdaMgPerDay => "RDA {0} mg/day",
        FigureName.CalciumUpperLimitMgPerDay => "upper limit {0} mg/day",
        FigureName.VitaminDIuPerDay => "vitamin D {0} IU/day",
        FigureName.VitaminDRdaIuPerDay => "RDA {0} IU/day",
        FigureName.VitaminDUpperLimitIuPerDay => "upper limit {0} IU/day",
        FigureName.MagnesiumMgPerDay => "magnesium {0} mg/day",
        FigureName.MagnesiumRdaMgPerDay => "RDA {0} mg/day",
        FigureName.MagnesiumSupplementUpperLimitMgPerDay => "supplement upper limit {0} mg/day",
        FigureName.HeightLossCm => "height loss {0} cm",
        FigureName.GlucocorticoidMgPerDay => "{0} mg/day prednisolone-equivalent",
        FigureName.GlucocorticoidMonths => "for {0} months",
        FigureName.TScore => "T-score {0}",
        FigureName.FraxHipPercent => "FRAX hip {0}%",
        FigureName.FraxMajorOsteoporoticPercent => "FRAX major osteoporotic {0}%",
        FigureName.DaysPerWeek => "{0} days/week",
        FigureName.AlcoholUnitsPerWeek => "alcohol {0} units/week",
        FigureName.AlcoholLowRiskUnitsPerWeek => "low-risk guidance up to {0} units/week",
        FigureName.AlcoholFraxUnitsPerDay => "FRAX risk from {0} units/day",
        FigureName.KidneyProteinGramsPerKg => "kidney guidance about {0} g/kg/day",
        _ => "reference {0}",
    };

    [GeneratedRegex("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[a-z])(?=[0-9])")]
    private static partial Regex WordBoundary();
}
