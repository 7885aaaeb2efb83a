using BoneCoach.Assessment;
using CsCheck;

namespace BoneCoachBot.Tests.Wording;

// Plausible random women and answers, each answer unknown a quarter of the time, assessed by the real core.
internal static class Generators
{
    private const double Unknown = 0.25;

    private static Gen<int?> Count(int max) => Gen.Int[0, max].Nullable(Unknown);

    private static Gen<double?> Amount(double min, double max) => Gen.Double[min, max].Nullable(Unknown);

    private static Gen<bool?> Flag(int percentTrue) =>
        Gen.Frequency((100 - percentTrue, Gen.Const(false)), (percentTrue, Gen.Const(true))).Nullable(Unknown);

    private static Gen<T?> Choice<T>() where T : struct, Enum => Gen.Enum<T>().Nullable(Unknown);

    private static readonly Gen<Profile> Profile =
        from age in Gen.Int[45, 90].Nullable(0.1)
        from body in Gen.Select(Amount(40, 120), Amount(145, 180), Amount(0, 40))
        from history in Gen.Select(Flag(10), Flag(5), Flag(5), Flag(5))
        from loss in Gen.Select(Amount(0, 7), Amount(0, 4), Amount(0, 15), Amount(0, 24))
        from scores in Gen.Select(Amount(-4, 1), Amount(0, 6), Amount(0, 35), Amount(10, 110))
        from contraindications in Gen.Enum<HormoneTherapyContraindications>().Nullable(Unknown)
        from urgent in Gen.Frequency((25, Gen.Const(UrgentSymptoms.None)), (1, Gen.Enum<UrgentSymptoms>()))
        select new Profile
        {
            AgeYears = age, WeightKg = body.Item1, HeightCm = body.Item2, YearsSinceMenopause = body.Item3,
            LowTraumaFractureAfter50 = history.Item1, KnownVertebralFracture = history.Item2,
            SuddenSevereBackPain = history.Item3, GrowingStoop = history.Item4,
            HeightLossHistoricalCm = loss.Item1, HeightLossMeasuredCm = loss.Item2,
            OralGlucocorticoidPrednisoloneMgPerDay = loss.Item3, OralGlucocorticoidMonths = loss.Item4,
            KnownTScore = scores.Item1, KidneyEgfr = scores.Item4,
            Frax = new FraxScores { HipFracturePercent = scores.Item2, MajorOsteoporoticFracturePercent = scores.Item3 },
            HormoneTherapyContraindications = contraindications, UrgentSymptoms = urgent,
        };

    private static readonly Gen<LayerAnswers> Answers =
        from loading in Gen.Select(Count(4), Choice<StrengthIntensity>(), Count(7), Count(7), Flag(20), Flag(10))
        from endocrine in Gen.Select(Choice<HormoneTherapyStatus>(), Flag(30), Amount(5, 50), Amount(75, 170), Amount(4.6, 8), Flag(10))
        from protein in Amount(25, 140)
        from inflammation in Gen.Select(Amount(65, 115), Amount(4, 10.5), Choice<IntakeFrequency>(), Flag(15), Choice<IntakeFrequency>(), Amount(0, 900))
        from minerals in Gen.Select(Amount(200, 1800), Amount(0, 1000), Amount(0, 5000), Amount(120, 420), Amount(0, 450), Flag(30))
        from focused in Flag(40)
        from falls in Gen.Select(Count(7), Flag(10), Amount(0, 40), Flag(10))
        select new LayerAnswers
        {
            Loading = new LoadingAnswers
            {
                StrengthSessionsPerWeek = loading.Item1, StrengthIntensity = loading.Item2, ImpactDaysPerWeek = loading.Item3,
                WalkingDaysPerWeek = loading.Item4, AtRiskOfFalls = loading.Item5, SeveralLowTraumaFractures = loading.Item6,
                BalanceSessionsPerWeek = falls.Item1, FearOfFalling = falls.Item2,
            },
            Endocrine = new EndocrineAnswers
            {
                HormoneTherapy = endocrine.Item1, AsksAboutHormoneTherapy = endocrine.Item2, VitaminDNgPerMl = endocrine.Item3,
                FastingGlucoseMgPerDl = endocrine.Item4, HbA1cPercent = endocrine.Item5, TakesThyroidOrCortisolMedicine = endocrine.Item6,
            },
            Substrate = new SubstrateAnswers { ProteinGramsPerDay = protein },
            Inflammation = new InflammationAnswers
            {
                WaistCm = inflammation.Item1, SleepHoursPerNight = inflammation.Item2, SugarOrUltraProcessed = inflammation.Item3,
                Smokes = inflammation.Item4, Alcohol = inflammation.Item5, Omega3MgPerDay = inflammation.Item6,
                AlcoholUnitsPerWeek = falls.Item3,
            },
            Minerals = new MineralsAnswers
            {
                CalciumFoodMgPerDay = minerals.Item1, CalciumSupplementMgPerDay = minerals.Item2, VitaminDSupplementIuPerDay = minerals.Item3,
                MagnesiumFoodMgPerDay = minerals.Item4, MagnesiumSupplementMgPerDay = minerals.Item5, TakesVitaminK2 = minerals.Item6,
                FocusedOnSupplements = focused, TakesWarfarin = falls.Item4,
            },
        };

    public static Gen<AssessmentResult> Result { get; } = Gen.Select(Profile, Answers).Select(c => BoneAssessment.Assess(c.Item1, c.Item2));

    /// <summary>Many results at once, for tests that look at everything the core can produce.</summary>
    public static IReadOnlyList<AssessmentResult> Batch(int count)
    {
        var results = new List<AssessmentResult>();
        Result.Sample(results.Add, iter: count, threads: 1);
        return results;
    }
}
