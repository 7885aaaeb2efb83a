namespace BoneCoachBot.Coaching;

/// <summary>Whether she agreed that the bot keeps her answers.</summary>
public enum ConsentStatus
{
    NotAsked,
    Given,
    Declined,
}
