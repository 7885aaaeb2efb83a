namespace BoneCoach.Assessment;

public enum LayerStatus
{
    NotEnoughInformation,
    OnTrack,
    NeedsWork,
    Priority,
}
