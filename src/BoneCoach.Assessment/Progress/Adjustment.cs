namespace BoneCoach.Assessment;

public enum Adjustment
{
    NotEnoughCheckIns,
    KeepGoing,
    // Two weeks at target on a loading goal: add weight (strength) or another impact day.
    ProgressLoad,
    // Three weeks missed: a smaller goal she can meet.
    MakeTargetSmaller,
    // A new fall, fracture or back pain: loading pauses until a clinician has looked.
    SeeClinicianFirst,
}
