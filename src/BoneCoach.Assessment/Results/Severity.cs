namespace BoneCoach.Assessment;

// How much one finding weighs. A layer's status is the heaviest of its reasons;
// Note findings get an action but leave an otherwise good layer on track.
public enum Severity
{
    Fine,
    Note,
    NeedsWork,
    Priority,
}
