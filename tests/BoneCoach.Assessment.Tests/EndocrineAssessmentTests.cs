namespace BoneCoach.Assessment.Tests;

public class EndocrineAssessmentTests
{
    // 25(OH)D (IOM 2011): < 12 ng/mL deficient, ≥ 20 ng/mL covers nearly everyone.
    public static TheoryData<double, ReasonCode, LayerStatus> VitaminDRows => new()
    {
        { 5, ReasonCode.VitaminDDeficient, LayerStatus.Priority },
        { 11.9, ReasonCode.VitaminDDeficient, LayerStatus.Priority },
        { 12, ReasonCode.VitaminDInsufficient, LayerStatus.NeedsWork },
        { 19.9, ReasonCode.VitaminDInsufficient, LayerStatus.NeedsWork },
        { 20, ReasonCode.VitaminDAdequate, LayerStatus.OnTrack },
        { 30, ReasonCode.VitaminDAdequate, LayerStatus.OnTrack },
    };

    [Theory]
    [MemberData(nameof(VitaminDRows))]
    public void Vitamin_D_level_bands_follow_IOM_2011(double ngPerMl, ReasonCode expected, LayerStatus status)
    {
        var answers = Personas.With(new EndocrineAnswers { VitaminDNgPerMl = ngPerMl });

        var result = EndocrineAssessment.Assess(Personas.Anna, answers);

        var reason = result.Reasons.Single(r => r.Code == expected);
        Assert.Equal(status, result.Status);
        Assert.Equal(ngPerMl * 2.496, reason.FigureValue(FigureName.VitaminDNmolPerL)!.Value, 6);
    }

    // ADA: prediabetes HbA1c 5.7–6.4 % or fasting 100–125 mg/dL; diabetes HbA1c ≥ 6.5 % or fasting ≥ 126 mg/dL.
    public static TheoryData<double?, double?, ReasonCode, LayerStatus> BloodSugarRows => new()
    {
        { 5.6, null, ReasonCode.BloodSugarNormal, LayerStatus.OnTrack },
        { 5.7, null, ReasonCode.BloodSugarPrediabetesRange, LayerStatus.NeedsWork },
        { 6.4, null, ReasonCode.BloodSugarPrediabetesRange, LayerStatus.NeedsWork },
        { 6.5, null, ReasonCode.BloodSugarDiabetesRange, LayerStatus.Priority },
        { null, 99, ReasonCode.BloodSugarNormal, LayerStatus.OnTrack },
        { null, 100, ReasonCode.BloodSugarPrediabetesRange, LayerStatus.NeedsWork },
        { null, 125, ReasonCode.BloodSugarPrediabetesRange, LayerStatus.NeedsWork },
        { null, 126, ReasonCode.BloodSugarDiabetesRange, LayerStatus.Priority },
        { 5.2, 126, ReasonCode.BloodSugarDiabetesRange, LayerStatus.Priority },
        { 6.0, 90, ReasonCode.BloodSugarPrediabetesRange, LayerStatus.NeedsWork },
    };

    [Theory]
    [MemberData(nameof(BloodSugarRows))]
    public void Blood_sugar_uses_the_worse_of_HbA1c_and_fasting_glucose(double? hbA1c, double? glucose, ReasonCode expected, LayerStatus status)
    {
        var answers = Personas.With(new EndocrineAnswers { HbA1cPercent = hbA1c, FastingGlucoseMgPerDl = glucose });

        var result = EndocrineAssessment.Assess(Personas.Anna, answers);

        Assert.True(result.Has(expected));
        Assert.Equal(status, result.Status);
    }

    // NAMS 2022: under 60 or within 10 years of menopause.
    public static TheoryData<int, double, bool> WindowRows => new()
    {
        { 59, 15, true },
        { 60, 10, true },
        { 60, 11, false },
        { 65, 10.5, false },
        { 52, 2, true },
    };

    [Theory]
    [MemberData(nameof(WindowRows))]
    public void Hormone_therapy_window_is_under_60_or_within_10_years(int age, double yearsSinceMenopause, bool open)
    {
        var profile = Personas.Anna with { AgeYears = age, YearsSinceMenopause = yearsSinceMenopause };
        var answers = Personas.With(new EndocrineAnswers { HormoneTherapy = HormoneTherapyStatus.Never, AsksAboutHormoneTherapy = true });

        var result = EndocrineAssessment.Assess(profile, answers);

        Assert.Equal(open, result.Has(ReasonCode.HormoneTherapyWindowOpen));
        Assert.Equal(LayerStatus.OnTrack, result.Status);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(null)]
    public void Hormone_therapy_is_not_raised_unless_she_asked_for_it(bool? asks)
    {
        var profile = Personas.Anna with { AgeYears = 52, YearsSinceMenopause = 2 };
        var answers = Personas.With(new EndocrineAnswers { HormoneTherapy = HormoneTherapyStatus.Never, AsksAboutHormoneTherapy = asks });

        var result = EndocrineAssessment.Assess(profile, answers);

        Assert.False(result.Has(ReasonCode.HormoneTherapyWindowOpen));
    }

    // NAMS 2022 / NICE: each listed contraindication, alone and combined.
    [Theory]
    [InlineData(HormoneTherapyContraindications.UndiagnosedGenitalBleeding)]
    [InlineData(HormoneTherapyContraindications.EstrogenDependentCancer)]
    [InlineData(HormoneTherapyContraindications.VenousThromboembolism)]
    [InlineData(HormoneTherapyContraindications.Stroke)]
    [InlineData(HormoneTherapyContraindications.HeartAttack)]
    [InlineData(HormoneTherapyContraindications.LiverDisease)]
    [InlineData(HormoneTherapyContraindications.Thrombophilia)]
    [InlineData(HormoneTherapyContraindications.VenousThromboembolism | HormoneTherapyContraindications.Stroke)]
    public void A_contraindication_closes_the_hormone_therapy_window(HormoneTherapyContraindications found)
    {
        var profile = Personas.Anna with { HormoneTherapyContraindications = found };
        var answers = Personas.With(new EndocrineAnswers { HormoneTherapy = HormoneTherapyStatus.Never });

        var result = EndocrineAssessment.Assess(profile, answers);

        Assert.True(result.Has(ReasonCode.HormoneTherapyNotSuitable));
        Assert.False(result.Has(ReasonCode.HormoneTherapyWindowOpen));
    }

    [Fact]
    public void Unanswered_contraindications_keep_hormone_therapy_out_of_the_plan()
    {
        var profile = Personas.Anna with { HormoneTherapyContraindications = null };
        var answers = Personas.With(Personas.AllOnTrack.Endocrine with { HormoneTherapy = HormoneTherapyStatus.Never });

        var result = BoneAssessment.Assess(profile, answers);

        Assert.False(result.For(Layer.Endocrine).Has(ReasonCode.HormoneTherapyWindowOpen));
        Assert.False(result.Plan.Has(ActionCode.DiscussHormoneTherapyWithClinician));
    }

    [Fact]
    public void Thyroid_or_cortisol_medicine_is_a_note_for_the_clinician()
    {
        var answers = Personas.With(new EndocrineAnswers { HormoneTherapy = HormoneTherapyStatus.Current, TakesThyroidOrCortisolMedicine = true });

        var result = EndocrineAssessment.Assess(Personas.Anna, answers);

        Assert.True(result.Has(ReasonCode.MedicineAffectsBone));
        Assert.Equal(LayerStatus.OnTrack, result.Status);
    }
}
