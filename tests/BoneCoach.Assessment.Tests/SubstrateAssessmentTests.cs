namespace BoneCoach.Assessment.Tests;

public class SubstrateAssessmentTests
{
    // For a 60 kg woman: < 0.8 g/kg (48 g) below the ESCEO floor, < 1.2 g/kg (72 g) below the seed/PROT-AGE target.
    public static TheoryData<double, ReasonCode, LayerStatus, string> ProteinRows => new()
    {
        { 40, ReasonCode.ProteinBelowFloor, LayerStatus.Priority, "0.67 g/kg < 0.8 (pubmed 29740667)" },
        { 47.9, ReasonCode.ProteinBelowFloor, LayerStatus.Priority, "just under 0.8 g/kg" },
        { 48, ReasonCode.ProteinBelowTarget, LayerStatus.NeedsWork, "0.8 g/kg exactly" },
        { 71.9, ReasonCode.ProteinBelowTarget, LayerStatus.NeedsWork, "just under 1.2 g/kg" },
        { 72, ReasonCode.ProteinAtTarget, LayerStatus.OnTrack, "1.2 g/kg exactly (seed, PROT-AGE active)" },
        { 96, ReasonCode.ProteinAtTarget, LayerStatus.OnTrack, "1.6 g/kg, top of the seed range" },
    };

    [Theory]
    [MemberData(nameof(ProteinRows))]
    public void Protein_per_kilogram_sets_the_status(double gramsPerDay, ReasonCode expected, LayerStatus status, string source)
    {
        var answers = Personas.With(new SubstrateAnswers { ProteinGramsPerDay = gramsPerDay });

        var result = SubstrateAssessment.Assess(Personas.Anna, answers);

        Assert.True(result.Has(expected), source);
        Assert.Equal(status, result.Status);
        var reason = result.Reasons.Single(r => r.Code == expected);
        Assert.Equal(72, reason.FigureValue(FigureName.ProteinTargetGramsPerDay));
        Assert.Equal(gramsPerDay / 60, reason.FigureValue(FigureName.ProteinGramsPerKg)!.Value, 9);
    }

    [Fact]
    public void No_protein_portions_give_the_target_but_no_intake_figure_to_word_as_about_0_g()
    {
        var answers = Personas.With(new SubstrateAnswers { ProteinGramsPerDay = 0 });

        var reason = SubstrateAssessment.Assess(Personas.Anna, answers).Reasons.Single(r => r.Code == ReasonCode.ProteinBelowFloor);

        Assert.Null(reason.FigureValue(FigureName.ProteinGramsPerDay));
        Assert.Null(reason.FigureValue(FigureName.ProteinGramsPerKg));
        Assert.Equal(72, reason.FigureValue(FigureName.ProteinTargetGramsPerDay));
    }

    [Theory]
    [InlineData(55, 66)]
    [InlineData(60, 72)]
    [InlineData(72.5, 87)]
    public void Protein_target_is_1_2_grams_per_kilogram(double weightKg, double expectedGrams) =>
        Assert.Equal(expectedGrams, SubstrateAssessment.TargetGramsPerDay(weightKg));

    // KDIGO 2024: stage 3–5 (eGFR < 60) or dialysis → protein is never raised; a clinician decides.
    public static TheoryData<double, bool?, bool> KidneyRows => new()
    {
        { 59.9, false, true },
        { 29.9, null, true },
        { 60, false, false },
        { 15, true, true },
    };

    [Theory]
    [MemberData(nameof(KidneyRows))]
    public void Kidney_caution_below_eGFR_60_or_on_dialysis(double egfr, bool? onDialysis, bool caution)
    {
        var profile = Personas.Anna with { KidneyEgfr = egfr, OnDialysis = onDialysis };
        var answers = Personas.With(new SubstrateAnswers { ProteinGramsPerDay = 50 });

        var result = SubstrateAssessment.Assess(profile, answers);

        Assert.Equal(caution, result.Has(ReasonCode.KidneyCautionBeforeRaisingProtein));
    }

    [Fact]
    public void Protein_without_a_weight_is_not_enough_information()
    {
        var profile = Personas.Anna with { WeightKg = null };

        var result = SubstrateAssessment.Assess(profile, Personas.AllOnTrack);

        Assert.Equal(LayerStatus.NotEnoughInformation, result.Status);
    }
}
