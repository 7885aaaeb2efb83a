namespace BoneCoach.Dialogs;

/// <summary>How a prompt shows its choices.</summary>
public enum ListStyle
{
    /// <summary>Suggested actions where the channel supports them, otherwise a numbered list.</summary>
    Auto,

    /// <summary>Only the prompt text; choices are not shown.</summary>
    None,

    /// <summary>A numbered list in the text.</summary>
    List,

    /// <summary>Suggested-action buttons, whatever the channel.</summary>
    SuggestedAction,
}
