namespace BoneCoach.Assessment;

public enum OstRiskBand
{
    Low,
    Moderate,
    High,
}
