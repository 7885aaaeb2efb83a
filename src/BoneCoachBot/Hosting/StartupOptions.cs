namespace BoneCoachBot.Hosting;

/// <summary>What start-up does before the bot listens: <c>BoneCoach:Startup</c>.</summary>
public sealed class StartupOptions
{
    public const string Section = "BoneCoach:Startup";

    /// <summary>
    /// true (default): before the bot listens, warm what her first message would otherwise pay for, so the first turn
    /// after a deploy is as quick as the rest (issue 18). false skips it (test bots that do not measure latency); the
    /// script checks run either way.
    /// </summary>
    public bool WarmUp { get; set; } = true;
}
