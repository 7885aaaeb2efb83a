namespace BoneCoach.Assessment.Tests;

public class UnitsTests
{
    [Theory]
    [InlineData(20, 49.92)]
    [InlineData(12, 29.952)]
    [InlineData(30, 74.88)]
    public void Vitamin_D_ng_per_mL_to_nmol_per_L_uses_2_496(double ngPerMl, double nmolPerL)
    {
        Assert.Equal(nmolPerL, Units.VitaminDNgPerMlToNmolPerL(ngPerMl), 9);
        Assert.Equal(ngPerMl, Units.VitaminDNmolPerLToNgPerMl(nmolPerL), 9);
    }

    [Theory]
    [InlineData(50, 20.0)]
    [InlineData(30, 12.0)]
    public void DOMAIN_nmol_figures_round_to_the_ng_thresholds(double nmolPerL, double ngPerMl) =>
        Assert.Equal(ngPerMl, Math.Round(Units.VitaminDNmolPerLToNgPerMl(nmolPerL)));

    [Theory]
    [InlineData(15, 600)]
    [InlineData(20, 800)]
    [InlineData(100, 4000)]
    [InlineData(25, 1000)]
    public void Vitamin_D_micrograms_to_IU_uses_40(double micrograms, double iu)
    {
        Assert.Equal(iu, Units.VitaminDMicrogramsToIu(micrograms), 9);
        Assert.Equal(micrograms, Units.VitaminDIuToMicrograms(iu), 9);
    }

    [Theory]
    [InlineData(140, 63.5029318)]
    [InlineData(1, 0.45359237)]
    [InlineData(121.25424, 55.0)]
    public void Pounds_to_kilograms(double pounds, double kg)
    {
        Assert.Equal(kg, Units.PoundsToKg(pounds), 4);
        Assert.Equal(pounds, Units.KgToPounds(kg), 3);
    }

    [Theory]
    [InlineData(5, 4, 162.56)]
    [InlineData(5, 0, 152.4)]
    [InlineData(6, 1, 185.42)]
    [InlineData(0, 10, 25.4)]
    public void Feet_and_inches_to_centimetres(double feet, double inches, double cm)
    {
        Assert.Equal(cm, Units.FeetInchesToCm(feet, inches), 9);
        Assert.Equal((feet * 12) + inches, Units.CmToInches(cm), 9);
        Assert.Equal(cm, Units.InchesToCm((feet * 12) + inches), 9);
    }

    // ADA pairs: 100 mg/dL ≈ 5.6 mmol/L, 125 ≈ 6.9, 126 ≈ 7.0.
    [Theory]
    [InlineData(100, 5.6)]
    [InlineData(125, 6.9)]
    [InlineData(126, 7.0)]
    public void Glucose_mg_per_dL_to_mmol_per_L_matches_the_ADA_pairs(double mgPerDl, double mmolPerL) =>
        Assert.Equal(mmolPerL, Math.Round(Units.GlucoseMgPerDlToMmolPerL(mgPerDl), 1));

    [Fact]
    public void Glucose_factor_is_the_molar_mass_one_mmol_per_L_is_18_016_mg_per_dL() =>
        Assert.Equal(18.016, Units.GlucoseMmolPerLToMgPerDl(1), 9);

    [Theory]
    [InlineData(5.6, ReasonCode.BloodSugarPrediabetesRange)]
    [InlineData(7.0, ReasonCode.BloodSugarDiabetesRange)]
    [InlineData(5.5, ReasonCode.BloodSugarNormal)]
    public void Glucose_entered_in_mmol_per_L_lands_in_the_ADA_band(double mmolPerL, ReasonCode expected)
    {
        var answers = Personas.With(new EndocrineAnswers { FastingGlucoseMgPerDl = Units.GlucoseMmolPerLToMgPerDl(mmolPerL) });

        Assert.True(EndocrineAssessment.Assess(Personas.Anna, answers).Has(expected));
    }

    [Theory]
    [InlineData(60, 165, 22.038567)]
    [InlineData(51.7, 165, 18.989899)]
    public void BMI_is_weight_over_height_in_metres_squared(double kg, double cm, double bmi) =>
        Assert.Equal(bmi, Units.Bmi(kg, cm)!.Value, 5);

    [Fact]
    public void BMI_needs_both_weight_and_height()
    {
        Assert.Null(Units.Bmi(null, 165));
        Assert.Null(Units.Bmi(60, null));
        Assert.Null(Units.Bmi(60, 0));
        Assert.Null(Units.Bmi(0, 165));
    }
}
