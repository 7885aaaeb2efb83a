using CsCheck;

namespace BoneCoach.Assessment.Tests;

// Random but plausible answer sets, each field unknown about a quarter of the time.
internal static class Generators
{
    private const double Unknown = 0.25;

    private static Gen<int?> Count(int max) => Gen.Int[0, max].Nullable(Unknown);

    private static Gen<double?> Amount(double min, double max) => Gen.Double[min, max].Nullable(Unknown);

    private static Gen<bool?> Flag(double trueFraction) =>
        Gen.Frequency((100 - (int)(trueFraction * 100), Gen.Const(false)), ((int)(trueFraction * 100), Gen.Const(true))).Nullable(Unknown);

    private static Gen<T?> Choice<T>() where T : struct, Enum => Gen.Enum<T>().Nullable(Unknown);

    public static Gen<Profile> Profile { get; } =
        from age in Gen.Int[40, 95].Nullable(0.1)
        from weight in Amount(38, 130)
        from height in Amount(140, 185)
        from years in Amount(0, 45)
        from fractures in Count(4)
        from history in Gen.Select(Flag(0.1), Flag(0.1), Flag(0.05), Flag(0.05), Flag(0.5))
        from loss in Gen.Select(Amount(0, 8), Amount(0, 4), Amount(0, 20), Amount(0, 24))
        from contraindications in Gen.Enum<HormoneTherapyContraindications>().Nullable(Unknown)
        from kidney in Gen.Select(Amount(10, 110), Flag(0.1), Flag(0.1), Amount(-4, 2))
        from frax in Gen.Select(Amount(0, 8), Amount(0, 40)).Select(f => new FraxScores { HipFracturePercent = f.Item1, MajorOsteoporoticFracturePercent = f.Item2 }).Null(0.5)
        from urgent in Gen.Frequency((20, Gen.Const(UrgentSymptoms.None)), (1, Gen.Enum<UrgentSymptoms>())).Nullable(Unknown)
        select new Profile
        {
            AgeYears = age, WeightKg = weight, HeightCm = height, YearsSinceMenopause = years,
            IsBlack = history.Item5, LowTraumaFractureAfter50 = history.Item1, LowTraumaFracturesAfter45 = fractures,
            KnownVertebralFracture = history.Item2, SuddenSevereBackPain = history.Item3, GrowingStoop = history.Item4,
            HeightLossHistoricalCm = loss.Item1, HeightLossMeasuredCm = loss.Item2,
            OralGlucocorticoidPrednisoloneMgPerDay = loss.Item3, OralGlucocorticoidMonths = loss.Item4,
            HormoneTherapyContraindications = contraindications,
            KidneyEgfr = kidney.Item1, OnDialysis = kidney.Item2, RheumatoidArthritis = kidney.Item3, KnownTScore = kidney.Item4,
            Frax = frax,
            UrgentSymptoms = urgent,
        };

    public static Gen<LoadingAnswers> Loading { get; } =
        from strength in Count(5)
        from intensity in Choice<StrengthIntensity>()
        from days in Gen.Select(Count(7), Count(7), Count(4))
        from flags in Gen.Select(Flag(0.2), Flag(0.1))
        select new LoadingAnswers
        {
            StrengthSessionsPerWeek = strength, StrengthIntensity = intensity, ImpactDaysPerWeek = days.Item1,
            WalkingDaysPerWeek = days.Item2, BalanceSessionsPerWeek = days.Item3,
            AtRiskOfFalls = flags.Item1, SeveralLowTraumaFractures = flags.Item2,
        };

    public static Gen<EndocrineAnswers> Endocrine { get; } =
        from status in Choice<HormoneTherapyStatus>()
        from asks in Flag(0.3)
        from levels in Gen.Select(Amount(4, 60), Amount(70, 180), Amount(4.5, 9))
        from medicine in Flag(0.1)
        select new EndocrineAnswers
        {
            HormoneTherapy = status, AsksAboutHormoneTherapy = asks, VitaminDNgPerMl = levels.Item1,
            FastingGlucoseMgPerDl = levels.Item2, HbA1cPercent = levels.Item3, TakesThyroidOrCortisolMedicine = medicine,
        };

    public static Gen<SubstrateAnswers> Substrate { get; } =
        from protein in Amount(20, 160)
        from collagen in Flag(0.2)
        select new SubstrateAnswers { ProteinGramsPerDay = protein, TakesCollagen = collagen };

    public static Gen<InflammationAnswers> Inflammation { get; } =
        from waist in Amount(60, 120)
        from sleep in Amount(3, 11)
        from habits in Gen.Select(Choice<IntakeFrequency>(), Flag(0.15), Choice<IntakeFrequency>())
        from omega3 in Amount(0, 1500)
        select new InflammationAnswers
        {
            WaistCm = waist, SleepHoursPerNight = sleep, SugarOrUltraProcessed = habits.Item1,
            Smokes = habits.Item2, Alcohol = habits.Item3, Omega3MgPerDay = omega3,
        };

    public static Gen<MineralsAnswers> Minerals { get; } =
        from calcium in Gen.Select(Amount(100, 2000), Amount(0, 1200))
        from vitaminD in Amount(0, 6000)
        from magnesium in Gen.Select(Amount(100, 450), Amount(0, 500))
        from flags in Gen.Select(Flag(0.3), Flag(0.4))
        select new MineralsAnswers
        {
            CalciumFoodMgPerDay = calcium.Item1, CalciumSupplementMgPerDay = calcium.Item2, VitaminDSupplementIuPerDay = vitaminD,
            MagnesiumFoodMgPerDay = magnesium.Item1, MagnesiumSupplementMgPerDay = magnesium.Item2,
            TakesVitaminK2 = flags.Item1, FocusedOnSupplements = flags.Item2,
        };

    public static Gen<LayerAnswers> Answers { get; } =
        from loading in Loading
        from endocrine in Endocrine
        from substrate in Substrate
        from inflammation in Inflammation
        from minerals in Minerals
        select new LayerAnswers
        {
            Loading = loading, Endocrine = endocrine, Substrate = substrate, Inflammation = inflammation, Minerals = minerals,
        };

    public static Gen<(Profile Profile, LayerAnswers Answers)> Case { get; } = Gen.Select(Profile, Answers);
}
