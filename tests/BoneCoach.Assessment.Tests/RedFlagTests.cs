namespace BoneCoach.Assessment.Tests;

public class RedFlagTests
{
    // One row per DOMAIN.md red flag, with the value just past its boundary.
    public static TheoryData<Profile, LayerAnswers, RedFlagCode, Urgency, Layer> FlagRows => new()
    {
        { Personas.Anna with { LowTraumaFractureAfter50 = true }, Personas.AllOnTrack, RedFlagCode.LowTraumaFractureAfter50, Urgency.Clinician, Layer.Loading },
        { Personas.Anna with { HeightLossHistoricalCm = 4 }, Personas.AllOnTrack, RedFlagCode.HeightLossHistorical, Urgency.Clinician, Layer.Loading },
        { Personas.Anna with { HeightLossMeasuredCm = 2 }, Personas.AllOnTrack, RedFlagCode.HeightLossMeasured, Urgency.Clinician, Layer.Loading },
        { Personas.Anna with { SuddenSevereBackPain = true }, Personas.AllOnTrack, RedFlagCode.SuddenSevereBackPain, Urgency.Clinician, Layer.Loading },
        { Personas.Anna with { GrowingStoop = true }, Personas.AllOnTrack, RedFlagCode.GrowingStoop, Urgency.Clinician, Layer.Loading },
        { Personas.Anna with { OralGlucocorticoidPrednisoloneMgPerDay = 2.5, OralGlucocorticoidMonths = 3 }, Personas.AllOnTrack, RedFlagCode.LongTermOralGlucocorticoids, Urgency.Clinician, Layer.Endocrine },
        { Personas.Anna with { KnownTScore = -2.5 }, Personas.AllOnTrack, RedFlagCode.OsteoporosisTScore, Urgency.Clinician, Layer.Loading },
        { Personas.Anna with { Frax = new FraxScores { HipFracturePercent = 3 } }, Personas.AllOnTrack, RedFlagCode.FraxHipAboveThreshold, Urgency.Clinician, Layer.Loading },
        { Personas.Anna with { Frax = new FraxScores { MajorOsteoporoticFracturePercent = 20 } }, Personas.AllOnTrack, RedFlagCode.FraxMajorOsteoporoticAboveThreshold, Urgency.Clinician, Layer.Loading },
        { Personas.Anna with { WeightKg = 51, HeightCm = 165 }, Personas.AllOnTrack, RedFlagCode.LowBmi, Urgency.Clinician, Layer.Substrate },
        { Personas.Anna with { HormoneTherapyContraindications = HormoneTherapyContraindications.Stroke }, Personas.With(new EndocrineAnswers { AsksAboutHormoneTherapy = true }), RedFlagCode.HormoneTherapyContraindicated, Urgency.Clinician, Layer.Endocrine },
        { Personas.Anna with { UrgentSymptoms = UrgentSymptoms.ChestPain }, Personas.AllOnTrack, RedFlagCode.UrgentChestPain, Urgency.Emergency, Layer.Loading },
        { Personas.Anna with { UrgentSymptoms = UrgentSymptoms.StrokeSigns }, Personas.AllOnTrack, RedFlagCode.UrgentStrokeSigns, Urgency.Emergency, Layer.Minerals },
        { Personas.Anna with { UrgentSymptoms = UrgentSymptoms.FallWithSuspectedBreak }, Personas.AllOnTrack, RedFlagCode.UrgentFallWithSuspectedBreak, Urgency.Emergency, Layer.Substrate },
    };

    [Theory]
    [MemberData(nameof(FlagRows))]
    public void Each_red_flag_is_raised_with_its_urgency_and_stops_or_adapts_its_layer(
        Profile profile, LayerAnswers answers, RedFlagCode code, Urgency urgency, Layer layer)
    {
        var flags = RedFlags.Detect(profile, answers);

        var flag = Assert.Single(flags);
        Assert.Equal(code, flag.Code);
        Assert.Equal(urgency, flag.Urgency);
        Assert.Contains(layer, flag.StopsCoaching.Concat(flag.Adapts));
    }

    // The same fields exactly at (or inside) the boundary raise nothing.
    public static TheoryData<Profile> QuietRows => new()
    {
        Personas.Anna with { LowTraumaFractureAfter50 = false },
        Personas.Anna with { HeightLossHistoricalCm = 3.9 },
        Personas.Anna with { HeightLossMeasuredCm = 1.9 },
        Personas.Anna with { OralGlucocorticoidPrednisoloneMgPerDay = 2.4, OralGlucocorticoidMonths = 12 },
        Personas.Anna with { OralGlucocorticoidPrednisoloneMgPerDay = 10, OralGlucocorticoidMonths = 2.9 },
        Personas.Anna with { OralGlucocorticoidPrednisoloneMgPerDay = 10 },
        Personas.Anna with { KnownTScore = -2.4 },
        Personas.Anna with { Frax = new FraxScores { HipFracturePercent = 2.9, MajorOsteoporoticFracturePercent = 19.9 } },
        Personas.Anna with { WeightKg = 52, HeightCm = 165 },
        Personas.Anna with { HormoneTherapyContraindications = HormoneTherapyContraindications.Stroke },
        Personas.Anna with { UrgentSymptoms = UrgentSymptoms.None },
        new Profile(),
    };

    [Theory]
    [MemberData(nameof(QuietRows))]
    public void Values_at_or_inside_the_boundary_raise_no_flag(Profile profile)
    {
        var answers = Personas.AllOnTrack with { Endocrine = new EndocrineAnswers { AsksAboutHormoneTherapy = false } };

        Assert.Empty(RedFlags.Detect(profile, answers));
    }

    [Theory]
    [InlineData(51.7, 165, true)]
    [InlineData(51.8, 165, false)]
    public void Low_BMI_is_below_19(double weightKg, double heightCm, bool flagged)
    {
        var profile = Personas.Anna with { WeightKg = weightKg, HeightCm = heightCm };

        Assert.Equal(flagged, RedFlags.Detect(profile, Personas.AllOnTrack).Any(f => f.Code == RedFlagCode.LowBmi));
    }

    [Fact]
    public void Fracture_flag_carries_the_age_it_counts_from()
    {
        var flag = RedFlags.Detect(Personas.Anna with { LowTraumaFractureAfter50 = true }, Personas.AllOnTrack).Single();

        Assert.Equal(50, flag.Figures.Single(f => f.Name == FigureName.Threshold).Value);
    }

    [Fact]
    public void Using_hormone_therapy_with_a_contraindication_is_also_referred()
    {
        var profile = Personas.Anna with { HormoneTherapyContraindications = HormoneTherapyContraindications.LiverDisease };

        var flags = RedFlags.Detect(profile, Personas.AllOnTrack);

        Assert.Contains(flags, f => f.Code == RedFlagCode.HormoneTherapyContraindicated);
    }

    [Fact]
    public void Emergency_stops_every_layer()
    {
        var flags = RedFlags.Detect(Personas.Anna with { UrgentSymptoms = UrgentSymptoms.ChestPain | UrgentSymptoms.StrokeSigns }, Personas.AllOnTrack);

        Assert.Equal(2, flags.Count);
        Assert.All(flags, f => Assert.Equal(Hierarchy.Order, f.StopsCoaching));
        Assert.True(RedFlags.HasEmergency(flags));
    }
}
