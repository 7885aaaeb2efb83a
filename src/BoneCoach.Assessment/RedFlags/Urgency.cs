namespace BoneCoach.Assessment;

public enum Urgency
{
    // See a clinician soon; coaching of the affected layers stops.
    Clinician,
    // Call local emergency services now; no coaching at all.
    Emergency,
}
