using Newtonsoft.Json;

namespace BoneCoach.Dialogs;

/// <summary>How a prompt shows its choices; the SDK's values, in the SDK's order.</summary>
/// <remarks>Stored in dialog state by name (<see cref="ListStyleConverter"/>), which also reads the numbers of old state.</remarks>
[JsonConverter(typeof(ListStyleConverter))]
public enum ListStyle
{
    /// <summary>Only the prompt text; choices are not shown.</summary>
    None,

    /// <summary>What the channel shows best: suggested actions, else a hero card, else an inline or numbered list.</summary>
    Auto,

    /// <summary>The choices in the text on one line: "1. Yes or 2. No".</summary>
    Inline,

    /// <summary>A numbered list in the text.</summary>
    List,

    /// <summary>Suggested-action buttons, whatever the channel.</summary>
    SuggestedAction,

    /// <summary>A hero card with a button per choice.</summary>
    HeroCard,
}
