namespace BoneCoachBot.Wording;

/// <summary>The channels that draw Adaptive Cards; everywhere else (SMS, email, unknown) gets text only.</summary>
public static class CardChannels
{
    private static readonly HashSet<string> WithCards = new(StringComparer.OrdinalIgnoreCase)
    {
        "emulator", "webchat", "directline", "msteams",
    };

    public static bool SupportCards(string? channelId) => channelId is not null && WithCards.Contains(channelId);
}
