namespace BoneCoach.Assessment;

public enum Trend
{
    NotEnoughData,
    Improving,
    Steady,
    Declining,
}
