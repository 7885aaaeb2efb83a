using BoneCoach.Dialogs;

namespace BoneCoachBot.ChannelRendering;

/// <summary>
/// How the product's prompts show choices: always as suggested actions, which <see cref="OutgoingActivities"/> then fits to
/// the channel (a numbered list where they don't show). The engine's Auto follows the SDK's ChoiceFactory instead, which
/// turns any title over 20 characters into a text list even in Web Chat, and uses hero cards on Teams; buttons read better.
/// </summary>
public static class ChannelChoices
{
    public const ListStyle Style = ListStyle.SuggestedAction;
}
