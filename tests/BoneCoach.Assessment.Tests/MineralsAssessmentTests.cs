namespace BoneCoach.Assessment.Tests;

public class MineralsAssessmentTests
{
    // IOM 2011: calcium RDA 1,200 mg/day (51+), upper limit 2,000 mg/day; food + supplement.
    public static TheoryData<double, double, ReasonCode, LayerStatus> CalciumRows => new()
    {
        { 700, 499, ReasonCode.CalciumBelowRda, LayerStatus.NeedsWork },
        { 700, 500, ReasonCode.CalciumAtRda, LayerStatus.OnTrack },
        { 1200, 800, ReasonCode.CalciumAtRda, LayerStatus.OnTrack },
        { 1200, 801, ReasonCode.CalciumAboveUpperLimit, LayerStatus.Priority },
    };

    [Theory]
    [MemberData(nameof(CalciumRows))]
    public void Calcium_total_is_judged_against_RDA_and_upper_limit(double food, double supplement, ReasonCode expected, LayerStatus status)
    {
        var answers = Personas.With(Personas.AllOnTrack.Minerals with { CalciumFoodMgPerDay = food, CalciumSupplementMgPerDay = supplement });

        var result = MineralsAssessment.Assess(Personas.Anna, answers);

        Assert.True(result.Has(expected));
        Assert.Equal(status, result.Status);
        Assert.Equal(food + supplement, result.Reasons.Single(r => r.Code == expected).FigureValue(FigureName.CalciumMgPerDay));
    }

    // IOM 2011: vitamin D RDA 600 IU (51–70), 800 IU (> 70), upper limit 4,000 IU/day.
    public static TheoryData<int, double, ReasonCode, LayerStatus> VitaminDRows => new()
    {
        { 58, 599, ReasonCode.VitaminDIntakeBelowRda, LayerStatus.NeedsWork },
        { 58, 600, ReasonCode.VitaminDIntakeAtRda, LayerStatus.OnTrack },
        { 70, 600, ReasonCode.VitaminDIntakeAtRda, LayerStatus.OnTrack },
        { 71, 600, ReasonCode.VitaminDIntakeBelowRda, LayerStatus.NeedsWork },
        { 71, 800, ReasonCode.VitaminDIntakeAtRda, LayerStatus.OnTrack },
        { 58, 4000, ReasonCode.VitaminDIntakeAtRda, LayerStatus.OnTrack },
        { 58, 4001, ReasonCode.VitaminDAboveUpperLimit, LayerStatus.Priority },
    };

    [Theory]
    [MemberData(nameof(VitaminDRows))]
    public void Vitamin_D_intake_is_judged_by_age_band_and_upper_limit(int age, double iu, ReasonCode expected, LayerStatus status)
    {
        var profile = Personas.Anna with { AgeYears = age };
        var answers = Personas.AllOnTrack with
        {
            Endocrine = new EndocrineAnswers(),
            Minerals = Personas.AllOnTrack.Minerals with { VitaminDSupplementIuPerDay = iu },
        };

        var result = MineralsAssessment.Assess(profile, answers);

        Assert.True(result.Has(expected));
        Assert.Equal(status, result.Status);
    }

    // Found chatting: "none" at the supplements list read back as "You take 0 IU of vitamin D a day". No supplement gives no
    // intake figure, so the wording says she takes none; a dose keeps its figure.
    [Theory]
    [InlineData(0, false)]
    [InlineData(400, true)]
    public void A_vitamin_D_dose_is_a_figure_only_when_she_takes_one(double iu, bool figured)
    {
        var answers = Personas.AllOnTrack with
        {
            Endocrine = new EndocrineAnswers(),
            Minerals = Personas.AllOnTrack.Minerals with { VitaminDSupplementIuPerDay = iu },
        };

        var reason = MineralsAssessment.Assess(Personas.Anna, answers).Reasons.Single(r => r.Code == ReasonCode.VitaminDIntakeBelowRda);

        Assert.Equal(figured, reason.Figures.Any(f => f.Name == FigureName.VitaminDIuPerDay));
    }

    [Fact]
    public void An_adequate_blood_level_makes_a_low_vitamin_D_dose_no_concern()
    {
        var answers = Personas.With(Personas.AllOnTrack.Minerals with { VitaminDSupplementIuPerDay = 0 });

        var result = MineralsAssessment.Assess(Personas.Anna, answers);

        Assert.True(result.Has(ReasonCode.VitaminDIntakeAtRda));
    }

    // VITAL (pubmed 35939577): 2,000 IU/day did not reduce fractures in people not selected for deficiency.
    [Theory]
    [InlineData(1999, 30.0, false)]
    [InlineData(2000, 30.0, true)]
    [InlineData(2000, null, true)]
    [InlineData(3000, 10.0, false)]
    public void High_dose_vitamin_D_gets_the_VITAL_note_unless_deficient(double iu, double? bloodNgPerMl, bool noted)
    {
        var answers = Personas.AllOnTrack with
        {
            Endocrine = new EndocrineAnswers { VitaminDNgPerMl = bloodNgPerMl },
            Minerals = Personas.AllOnTrack.Minerals with { VitaminDSupplementIuPerDay = iu },
        };

        var result = MineralsAssessment.Assess(Personas.Anna, answers);

        Assert.Equal(noted, result.Has(ReasonCode.VitaminDHighDoseNoFractureBenefit));
    }

    // Endocrine Society 2024: no doses above the reference intake for healthy adults under 75.
    [Theory]
    [InlineData(60, 601.0, null, true)]
    [InlineData(60, 600.0, null, false)]
    [InlineData(74, 801.0, null, true)]
    [InlineData(74, 800.0, null, false)]
    [InlineData(75, 1000.0, null, false)]
    [InlineData(60, 1000.0, 10.0, false)]
    [InlineData(72, 801.0, 25.0, true)]
    [InlineData(65, 5000.0, null, false)]
    public void Vitamin_D_above_the_RDA_under_75_is_noted_as_not_needed(int age, double iu, double? bloodNgPerMl, bool noted)
    {
        var profile = Personas.Anna with { AgeYears = age };
        var answers = Personas.AllOnTrack with
        {
            Endocrine = new EndocrineAnswers { VitaminDNgPerMl = bloodNgPerMl },
            Minerals = Personas.AllOnTrack.Minerals with { VitaminDSupplementIuPerDay = iu },
        };

        var result = MineralsAssessment.Assess(profile, answers);

        Assert.Equal(noted, result.Has(ReasonCode.VitaminDAboveRdaNotNeeded));
    }

    // IOM 1997: magnesium RDA 320 mg/day (women 31+), supplement upper limit 350 mg/day.
    public static TheoryData<double, double, ReasonCode, LayerStatus> MagnesiumRows => new()
    {
        { 219, 100, ReasonCode.MagnesiumBelowRda, LayerStatus.NeedsWork },
        { 220, 100, ReasonCode.MagnesiumAtRda, LayerStatus.OnTrack },
        { 0, 350, ReasonCode.MagnesiumAtRda, LayerStatus.OnTrack },
        { 0, 351, ReasonCode.MagnesiumSupplementAboveUpperLimit, LayerStatus.Priority },
    };

    [Theory]
    [MemberData(nameof(MagnesiumRows))]
    public void Magnesium_is_judged_against_RDA_and_supplement_upper_limit(double food, double supplement, ReasonCode expected, LayerStatus status)
    {
        var answers = Personas.With(Personas.AllOnTrack.Minerals with { MagnesiumFoodMgPerDay = food, MagnesiumSupplementMgPerDay = supplement });

        var result = MineralsAssessment.Assess(Personas.Anna, answers);

        Assert.True(result.Has(expected));
        Assert.Equal(status, result.Status);
    }

    [Fact]
    public void Vitamin_K2_is_noted_as_optional_and_does_not_change_the_status()
    {
        var answers = Personas.With(Personas.AllOnTrack.Minerals with { TakesVitaminK2 = true });

        var result = MineralsAssessment.Assess(Personas.Anna, answers);

        Assert.True(result.Has(ReasonCode.VitaminK2OptionalNotAFix));
        Assert.Equal(LayerStatus.OnTrack, result.Status);
    }

    [Fact]
    public void A_food_amount_without_the_supplement_amount_is_not_a_total()
    {
        var minerals = new MineralsAnswers { CalciumFoodMgPerDay = 1500 };

        Assert.Null(minerals.CalciumTotalMgPerDay);
        Assert.Equal(LayerStatus.NotEnoughInformation, MineralsAssessment.Assess(Personas.Anna, Personas.With(minerals)).Status);
    }
}
