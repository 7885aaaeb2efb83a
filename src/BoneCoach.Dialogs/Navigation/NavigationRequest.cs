namespace BoneCoach.Dialogs;

/// <summary>A navigation command found in the user's answer.</summary>
public enum NavigationRequest
{
    None,
    Back,
    Skip,
}
