namespace BoneCoach.Assessment.Tests;

// Named women whose answers the tests vary one at a time.
internal static class Personas
{
    // 58, 60 kg, 165 cm, six years past menopause, nothing known beyond that.
    public static Profile Anna { get; } = new()
    {
        AgeYears = 58,
        WeightKg = 60,
        HeightCm = 165,
        YearsSinceMenopause = 6,
        IsBlack = false,
        RheumatoidArthritis = false,
        LowTraumaFracturesAfter45 = 0,
        HormoneTherapyContraindications = HormoneTherapyContraindications.None,
    };

    // Every layer answered and on track for Anna.
    public static LayerAnswers AllOnTrack { get; } = new()
    {
        Loading = new LoadingAnswers
        {
            StrengthSessionsPerWeek = 2, StrengthIntensity = StrengthIntensity.Heavy, ImpactDaysPerWeek = 4,
        },
        Endocrine = new EndocrineAnswers
        {
            HormoneTherapy = HormoneTherapyStatus.Current, VitaminDNgPerMl = 30, HbA1cPercent = 5.2, FastingGlucoseMgPerDl = 90,
        },
        Substrate = new SubstrateAnswers { ProteinGramsPerDay = 80 },
        Inflammation = new InflammationAnswers
        {
            WaistCm = 75, SleepHoursPerNight = 7.5, Smokes = false,
            SugarOrUltraProcessed = IntakeFrequency.Rarely, Alcohol = IntakeFrequency.Rarely,
        },
        Minerals = new MineralsAnswers
        {
            CalciumFoodMgPerDay = 900, CalciumSupplementMgPerDay = 300, VitaminDSupplementIuPerDay = 800,
            MagnesiumFoodMgPerDay = 250, MagnesiumSupplementMgPerDay = 100,
        },
    };

    public static LayerAnswers With(LoadingAnswers loading) => AllOnTrack with { Loading = loading };

    public static LayerAnswers With(EndocrineAnswers endocrine) => AllOnTrack with { Endocrine = endocrine };

    public static LayerAnswers With(SubstrateAnswers substrate) => AllOnTrack with { Substrate = substrate };

    public static LayerAnswers With(InflammationAnswers inflammation) => AllOnTrack with { Inflammation = inflammation };

    public static LayerAnswers With(MineralsAnswers minerals) => AllOnTrack with { Minerals = minerals };
}
