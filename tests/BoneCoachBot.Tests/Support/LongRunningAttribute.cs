namespace BoneCoachBot.Tests.Support;

/// <summary>
/// Marks a test class that runs for tens of seconds, mostly waiting on real processes (child bots, Azurite, chromium).
/// <see cref="LongRunningFirst"/> starts such classes first, so the rest of the assembly runs beside them instead of
/// after them.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class LongRunningAttribute : Attribute
{
    /// <summary>
    /// The run's longest class, started before the other long-running ones: xUnit runs a few classes at once (three on 2
    /// cores, xunit.runner.json), and when two others took the first slots it started over a minute late and the whole
    /// run waited for it to end.
    /// </summary>
    public bool Longest { get; init; }
}
