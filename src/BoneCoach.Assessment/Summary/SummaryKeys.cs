namespace BoneCoach.Assessment;

/// <summary>
/// The keys of the clinician summary's wording. A code's label is keyed by its type and name in camelCase
/// ("reasonCode.proteinBelowTarget"), so a new code without words is found by enumerating the enums.
/// </summary>
public static class SummaryKeys
{
    public const string Title = "title";
    public const string FileName = "fileName";
    public const string Prepared = "prepared";
    public const string Yes = "yes";
    public const string No = "no";
    public const string Unknown = "unknown";
    public const string None = "none";

    /// <summary>The character between whole and fraction ("." or ",").</summary>
    public const string DecimalSeparator = "format.decimalSeparator";

    /// <summary>A .NET custom date pattern ("yyyy-MM-dd", "d 'de' MMMM 'de' yyyy").</summary>
    public const string DatePattern = "format.date";

    /// <summary>The twelve month names, separated by spaces, for the date pattern's MMMM.</summary>
    public const string MonthNames = "format.monthNames";

    // The enums whose values the summary names.
    private static readonly Type[] Labelled =
    [
        typeof(Layer), typeof(LayerStatus), typeof(ReasonCode), typeof(ActionCode), typeof(RedFlagCode), typeof(PlanNoteCode),
        typeof(FigureName), typeof(TargetMetric), typeof(Trend), typeof(Adjustment), typeof(StrengthIntensity), typeof(OstRiskBand),
        typeof(HormoneTherapyContraindications), typeof(BoneLossConditions), typeof(BoneLossMedicines), typeof(KidneyDisease),
        typeof(HormoneTherapyStatus), typeof(IntakeFrequency), typeof(YesNoNotSure), typeof(BoneMedicine),
    ];

    // Fixed texts: headings, line templates ({name} placeholders), units ("{0} kg") and durations.
    private static readonly string[] Fixed =
    [
        Title, FileName, Prepared, Yes, No, Unknown, None, DecimalSeparator, DatePattern, MonthNames,
        "section.redFlags", "section.profile", "section.answers", "section.screening", "section.plan", "section.progress",
        "advice.emergency", "advice.clinician", "coaching.paused", "coaching.adapted",
        "redFlags.reported", "redFlags.unnamedConcern", "redFlags.fellLastYear", "redFlags.none",
        "profile.age", "profile.body", "profile.yearsSinceMenopause", "profile.fractures", "profile.heightLoss", "profile.back",
        "profile.glucocorticoids", "profile.glucocorticoidsNone", "profile.contraindications", "profile.kidney", "profile.notSure", "profile.boneLoss", "profile.tScoreFrax",
        "answers.finding", "answers.strength", "answers.impact", "answers.falls", "answers.hormoneTherapy", "answers.vitaminD",
        "answers.glucose", "answers.thyroid", "answers.protein", "answers.proteinEstimated", "answers.waistSleep", "answers.habits", "answers.formerSmoker",
        "answers.omega3", "answers.calcium", "answers.vitaminDSupplement", "answers.magnesium", "answers.vitaminK2",
        "screening.tool", "screening.score", "screening.suggestsScan", "screening.band", "screening.notEnoughInformation", "screening.fraxNote",
        "plan.emergency", "plan.order", "plan.layer", "plan.status", "plan.step", "plan.target", "plan.why", "plan.note",
        "progress.count", "progress.noWeek", "progress.goal", "progress.weeklyGoal", "progress.weeksAtGoal", "progress.trend",
        "progress.nextStep", "progress.weeksOf",
        "unit.years", "unit.kg", "unit.cm", "unit.percent", "unit.mgPerDay", "unit.gPerDay", "unit.iuPerDay", "unit.ngPerMl",
        "unit.mgPerDl", "unit.hoursPerNight", "unit.unitsPerWeek",
        "duration.lessThanAMonth", "duration.month", "duration.months", "duration.year", "duration.years",
    ];

    /// <summary>Every key a language's wording must hold.</summary>
    public static IEnumerable<string> All() =>
        Fixed.Concat(Labelled.SelectMany(type => Enum.GetValues(type).Cast<Enum>().Select(Code)));

    /// <summary>The label key of a single enum value: "reasonCode.proteinBelowTarget".</summary>
    public static string Code(Enum value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return $"{Camel(value.GetType().Name)}.{Camel(value.ToString())}";
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
