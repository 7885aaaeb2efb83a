namespace BoneCoachBot.Script;

/// <summary>What a frequency question counts in a week: "how many times" or "on how many days".</summary>
public enum FrequencyCount
{
    Times,
    Days,
}
