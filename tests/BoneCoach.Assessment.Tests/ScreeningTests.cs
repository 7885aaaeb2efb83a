namespace BoneCoach.Assessment.Tests;

public class ScreeningTests
{
    private static readonly ScreeningCutoffs Cutoffs = ScreeningCutoffs.Default;

    // DOMAIN.md worked vectors (non-Black, no RA, no fractures).
    [Fact]
    public void Worked_vector_age_65_55_kg_no_estrogen_gives_OST_minus_2_ORAI_20_SCORE_12()
    {
        var profile = Personas.Anna with { AgeYears = 65, WeightKg = 55 };

        var result = ScreeningScores.Compute(profile, new EndocrineAnswers { HormoneTherapy = HormoneTherapyStatus.Never });

        Assert.Equal(-2, result.Ost);
        Assert.Equal(20, result.Orai);
        Assert.Equal(12, result.Score);
        Assert.Equal(OstRiskBand.Moderate, result.OstBand);
        Assert.True(result.OraiSuggestsScan);
        Assert.True(result.ScoreSuggestsScan);
        Assert.True(result.SuggestsScan);
    }

    [Fact]
    public void Worked_vector_age_58_72_kg_on_estrogen_gives_OST_2_ORAI_5_SCORE_5()
    {
        var profile = Personas.Anna with { AgeYears = 58, WeightKg = 72 };

        var result = ScreeningScores.Compute(profile, new EndocrineAnswers { HormoneTherapy = HormoneTherapyStatus.Current });

        Assert.Equal(2, result.Ost);
        Assert.Equal(5, result.Orai);
        Assert.Equal(5, result.Score);
        Assert.Equal(OstRiskBand.Low, result.OstBand);
        Assert.False(result.OstSuggestsScreening);
        Assert.False(result.OraiSuggestsScan);
        Assert.False(result.ScoreSuggestsScan);
        Assert.False(result.SuggestsScan);
    }

    // (weight − age) × 0.2 truncated toward zero: 2.8 → 2, −2.8 → −2.
    public static TheoryData<double, int, int> OstRows => new()
    {
        { 72, 58, 2 },
        { 55, 65, -2 },
        { 44, 58, -2 },
        { 50, 75, -5 },
        { 60, 60, 0 },
        { 49.9, 70, -4 },
    };

    [Theory]
    [MemberData(nameof(OstRows))]
    public void OST_truncates_toward_zero(double weightKg, int age, int expected) =>
        Assert.Equal(expected, OstTool.Calculate(weightKg, age));

    // Original bands: < −4 high, −4 to −1 moderate, > −1 low; US practice screens below 2.
    public static TheoryData<int, OstRiskBand, bool> OstBandRows => new()
    {
        { -5, OstRiskBand.High, true },
        { -4, OstRiskBand.Moderate, true },
        { -1, OstRiskBand.Moderate, true },
        { 0, OstRiskBand.Low, true },
        { 1, OstRiskBand.Low, true },
        { 2, OstRiskBand.Low, false },
    };

    [Theory]
    [MemberData(nameof(OstBandRows))]
    public void OST_bands_and_screening_cut_off(int ost, OstRiskBand band, bool screen)
    {
        Assert.Equal(band, OstTool.Band(ost, Cutoffs));
        Assert.Equal(screen, OstTool.SuggestsScreening(ost, Cutoffs));
    }

    [Fact]
    public void OST_cut_offs_are_configurable()
    {
        var strict = new ScreeningCutoffs { OstScreenBelow = -1, OstHighRiskBelow = -3 };

        Assert.False(OstTool.SuggestsScreening(-1, strict));
        Assert.Equal(OstRiskBand.High, OstTool.Band(-4, strict));
    }

    // ORAI bands: age 45–54 = 0, 55–64 = 5, 65–74 = 9, ≥ 75 = 15; weight < 60 = 9, 60–69 = 3, ≥ 70 = 0; not on estrogen 2.
    public static TheoryData<int, double, bool, int?> OraiRows => new()
    {
        { 44, 80, true, null },
        { 45, 70, true, 0 },
        { 54, 70, true, 0 },
        { 55, 70, true, 5 },
        { 64, 70, true, 5 },
        { 65, 70, true, 9 },
        { 74, 70, true, 9 },
        { 75, 70, true, 15 },
        { 50, 59.9, true, 9 },
        { 50, 60, true, 3 },
        { 50, 69.9, true, 3 },
        { 50, 70, false, 2 },
    };

    [Theory]
    [MemberData(nameof(OraiRows))]
    public void ORAI_adds_age_weight_and_estrogen_points(int age, double weightKg, bool onEstrogen, int? expected) =>
        Assert.Equal(expected, OraiTool.Calculate(age, weightKg, onEstrogen));

    [Theory]
    [InlineData(8, false)]
    [InlineData(9, true)]
    public void ORAI_suggests_a_scan_from_9(int orai, bool scan) => Assert.Equal(scan, OraiTool.SuggestsScan(orai, Cutoffs));

    // SCORE: non-Black 5, RA 4, 4 per fracture (max 12), 3 × first digit of age, never estrogen 1, minus lb/10 truncated.
    public static TheoryData<ScoreTool.Inputs, int> ScoreRows => new()
    {
        { new ScoreTool.Inputs(65, 55, false, false, 0, true), 12 },
        { new ScoreTool.Inputs(58, 72, false, false, 0, false), 5 },
        { new ScoreTool.Inputs(58, 72, true, false, 0, false), 0 },
        { new ScoreTool.Inputs(58, 72, false, true, 0, false), 9 },
        { new ScoreTool.Inputs(58, 72, false, false, 1, false), 9 },
        { new ScoreTool.Inputs(58, 72, false, false, 3, false), 17 },
        { new ScoreTool.Inputs(58, 72, false, false, 5, false), 17 },
        { new ScoreTool.Inputs(79, 72, false, false, 0, false), 11 },
        { new ScoreTool.Inputs(58, 45.36, false, false, 0, false), 10 },
    };

    [Theory]
    [MemberData(nameof(ScoreRows))]
    public void SCORE_adds_its_six_items(ScoreTool.Inputs inputs, int expected) => Assert.Equal(expected, ScoreTool.Calculate(inputs));

    [Theory]
    [InlineData(5, false)]
    [InlineData(6, true)]
    public void SCORE_suggests_a_scan_from_6(int score, bool scan) => Assert.Equal(scan, ScoreTool.SuggestsScan(score, Cutoffs));

    [Fact]
    public void Scan_cut_offs_are_configurable()
    {
        var cutoffs = new ScreeningCutoffs { OraiScanAtOrAbove = 21, ScoreScanAtOrAbove = 13, OstScreenBelow = -3 };
        var profile = Personas.Anna with { AgeYears = 65, WeightKg = 55 };

        var result = ScreeningScores.Compute(profile, new EndocrineAnswers { HormoneTherapy = HormoneTherapyStatus.Never }, cutoffs);

        Assert.False(result.SuggestsScan);
    }

    [Fact]
    public void Unknown_inputs_leave_scores_empty_instead_of_guessing()
    {
        var result = ScreeningScores.Compute(new Profile { AgeYears = 65 }, new EndocrineAnswers());

        Assert.Equal(new ScreeningResult(null, null, null, null, null, null, null, null), result);
        Assert.False(result.SuggestsScan);
    }

    [Fact]
    public void FRAX_is_only_carried_through_as_reported()
    {
        var frax = new FraxScores { HipFracturePercent = 2.1, MajorOsteoporoticFracturePercent = 14 };

        var result = ScreeningScores.Compute(Personas.Anna with { Frax = frax }, new EndocrineAnswers());

        Assert.Same(frax, result.ReportedFrax);
    }
}
