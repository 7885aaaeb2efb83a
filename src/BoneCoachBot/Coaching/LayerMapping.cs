using BoneCoach.Assessment;

namespace BoneCoachBot.Coaching;

/// <summary>The five layers' answers to the core's typed inputs. Units are already the script's (kg, cm, ng/mL, mg, IU, h).</summary>
public static class LayerMapping
{
    // The diet script tells her a palm-sized portion gives roughly 20-30 g; the estimate takes the middle of that range.
    private const double ProteinGramsPerPalmPortion = 25;
    // The supplements script counts each calcium-rich serving as about 300 mg.
    private const double CalciumMgPerServing = 300;
    // Calcium calculators (e.g. the IOF and Osteoporosis Canada ones) add about 250 mg a day for the rest of the diet
    // (bread, vegetables, nuts) beyond the dairy-type servings; issue 13.
    private const double CalciumMgFromRestOfDiet = 250;
    // Fasting glucose under this is a mmol/L result: the two units' plausible ranges (2-35 vs 40-600) do not overlap.
    private const double GlucoseMmolPerLCeiling = 35;

    public static LayerAnswers Map(AnswerSheet a) => new()
    {
        Loading = Loading(a),
        Endocrine = Endocrine(a),
        Substrate = Substrate(a),
        Inflammation = Inflammation(a),
        Minerals = Minerals(a),
    };

    public static LoadingAnswers Loading(AnswerSheet a) => new()
    {
        StrengthSessionsPerWeek = a.WholeTimesAtLeast("strengthSessionsPerWeek"),
        StrengthIntensity = a.Choice("strengthIntensity") switch
        {
            "light" => StrengthIntensity.Light,
            "moderate" => StrengthIntensity.Moderate,
            "heavy" => StrengthIntensity.Heavy,
            _ => null,
        },
        ImpactDaysPerWeek = a.WholeTimesAtLeast("impactDaysPerWeek"),
        WalkingDaysPerWeek = a.WholeTimesAtLeast("walkingDaysPerWeek"),
        BalanceSessionsPerWeek = a.WholeTimesAtLeast("balanceSessionsPerWeek"),
        AtRiskOfFalls = a.YesNo("fallsLastYear"),
        FallsInLastYear = a.YesNo("fallsLastYear") == false ? 0 : a.WholeNumber("fallsCount"),
        InjuriousFall = a.YesNo("fallsLastYear") == false ? false : a.YesNo("fallInjury"),
        FearOfFalling = a.YesNo("fearOfFalling"),
        SeveralLowTraumaFractures = ProfileMapping.SeveralLowTraumaFractures(a),
    };

    public static EndocrineAnswers Endocrine(AnswerSheet a) => new()
    {
        HormoneTherapy = a.Choice("hormoneTherapy") switch
        {
            "current" => HormoneTherapyStatus.Current,
            "past" => HormoneTherapyStatus.Past,
            "never" => HormoneTherapyStatus.Never,
            _ => null,
        },
        AsksAboutHormoneTherapy = a.YesNo("hormoneTherapyQuestion"),
        VitaminDNgPerMl = a.Number("vitaminDLevel"),
        HbA1cPercent = a.Number("hba1c"),
        FastingGlucoseMgPerDl = a.Number("fastingGlucose") is { } glucose && glucose < GlucoseMmolPerLCeiling
            ? Units.GlucoseMmolPerLToMgPerDl(glucose)
            : a.Number("fastingGlucose"),
        TakesThyroidOrCortisolMedicine = a.YesNo("thyroidOrCortisolMedicine"),
    };

    public static SubstrateAnswers Substrate(AnswerSheet a)
    {
        var measured = a.Number("proteinGramsPerDay");
        var estimated = a.Number("proteinMealsPerDay") * ProteinGramsPerPalmPortion;
        return new SubstrateAnswers
        {
            ProteinGramsPerDay = measured ?? estimated,
            ProteinIsMealEstimate = measured is null && estimated is not null ? true : measured is null ? null : false,
            TakesCollagen = a.YesNo("collagenSupplement"),
        };
    }

    public static InflammationAnswers Inflammation(AnswerSheet a) => new()
    {
        WaistCm = a.Number("waist"),
        SleepHoursPerNight = a.Number("sleepHours"),
        SugarOrUltraProcessed = Frequency(a.Choice("sugarAndProcessedFood")),
        // A choice now (yes / former / no); answers kept before that were a plain yes or no.
        Smokes = a.YesNoChoice("smoking") ?? (a.Choice("smoking") == "former" ? false : a.YesNo("smoking")),
        SmokedBefore = a.Choice("smoking") is { } smoking ? smoking == "former" : null,
        AlcoholUnitsPerWeek = a.Number("alcoholUnits"),
        Omega3MgPerDay = Supplement(a, "omega3MgPerDay", "omega3"),
    };

    public static MineralsAnswers Minerals(AnswerSheet a) => new()
    {
        CalciumFoodMgPerDay = a.Number("calciumFoodServingsPerDay") * CalciumMgPerServing + CalciumMgFromRestOfDiet,
        CalciumSupplementMgPerDay = Supplement(a, "calciumSupplementMg", "calcium"),
        VitaminDSupplementIuPerDay = Supplement(a, "vitaminDSupplementIu", "vitaminD"),
        MagnesiumSupplementMgPerDay = Supplement(a, "magnesiumSupplementMg", "magnesium"),
        TakesVitaminK2 = a.YesNo("vitaminK2"),
        TakesWarfarin = a.YesNo("warfarin"),
        FocusedOnSupplements = a.YesNo("supplementsFocus"),
    };

    // An amount is asked only for a supplement she picked; one she didn't pick from the list is one she doesn't take.
    private static double? Supplement(AnswerSheet a, string amountQuestion, string choice) =>
        a.Number(amountQuestion) ?? (a.Includes("supplementsInUse", choice) == false ? 0 : null);

    private static IntakeFrequency? Frequency(string? choice) => choice switch
    {
        "rarely" => IntakeFrequency.Rarely,
        "someDays" => IntakeFrequency.SomeDays,
        "mostDays" => IntakeFrequency.MostDays,
        _ => null,
    };
}
