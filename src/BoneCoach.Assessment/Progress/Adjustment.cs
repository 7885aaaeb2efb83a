namespace BoneCoach.Assessment;

public enum Adjustment
{
    NotEnoughCheckIns,
    KeepGoing,
    // Two weeks at target on a loading goal: add weight (heavy strength rung) or another impact day.
    ProgressLoad,
    // Three weeks missed: a smaller goal she can meet.
    MakeTargetSmaller,
    // A new fall, fracture or back pain: loading pauses until a clinician has looked.
    SeeClinicianFirst,
    // Two weeks at target while learning the moves: a rep or a set more (up to 3 × 12), then a little more weight.
    BuildRepsAndSets,
    // Two weeks at target on the gentle plan: keep going; weight goes up only with her physiotherapist.
    ProgressWithPhysiotherapist,
}
