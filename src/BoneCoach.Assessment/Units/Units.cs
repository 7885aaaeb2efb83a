using static BoneCoach.Assessment.Thresholds;

namespace BoneCoach.Assessment;

// Conversions the bot applies to free-text answers before they reach the core (which works in kg, cm, ng/mL, mg/dL, IU).
public static class Units
{
    public static double VitaminDNgPerMlToNmolPerL(double ngPerMl) => ngPerMl * NmolPerLPerNgPerMlVitaminD;

    public static double VitaminDNmolPerLToNgPerMl(double nmolPerL) => nmolPerL / NmolPerLPerNgPerMlVitaminD;

    public static double VitaminDMicrogramsToIu(double micrograms) => micrograms * IuPerMicrogramVitaminD;

    public static double VitaminDIuToMicrograms(double iu) => iu / IuPerMicrogramVitaminD;

    public static double PoundsToKg(double pounds) => pounds * KgPerPound;

    public static double KgToPounds(double kg) => kg / KgPerPound;

    public static double FeetInchesToCm(double feet, double inches) => ((feet * InchesPerFoot) + inches) * CmPerInch;

    public static double InchesToCm(double inches) => inches * CmPerInch;

    public static double CmToInches(double cm) => cm / CmPerInch;

    public static double GlucoseMmolPerLToMgPerDl(double mmolPerL) => mmolPerL * GlucoseMgPerDlPerMmolPerL;

    public static double GlucoseMgPerDlToMmolPerL(double mgPerDl) => mgPerDl / GlucoseMgPerDlPerMmolPerL;

    public static double? Bmi(double? weightKg, double? heightCm)
    {
        if (weightKg is not ({ } kg and > 0) || heightCm is not > 0)
        {
            return null;
        }

        var metres = heightCm.Value / CmPerMetre;
        return kg / (metres * metres);
    }
}
