namespace BoneCoach.Assessment;

public enum HormoneTherapyStatus
{
    Never,
    Past,
    Current,
}
