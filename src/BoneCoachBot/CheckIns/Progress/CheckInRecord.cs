using BoneCoach.Assessment;
using Newtonsoft.Json;

namespace BoneCoachBot.CheckIns.Progress;

/// <summary>
/// Her check-ins and the weekly goals they are measured against, kept in user state. The coaching record
/// (Coaching/) has no place for check-ins yet, so this property is the check-ins' own.
/// </summary>
public sealed record CheckInRecord
{
    /// <summary>The goals now in force: the plan's at first, then adjusted after each check-in.</summary>
    public List<TrackedGoal> Goals { get; init; } = [];

    public List<CheckIn> History { get; init; } = [];

    public DateTimeOffset? LastReminderUtc { get; init; }

    /// <summary>The weekly reminder was proposed after her plan; she changes it with reminder phrases from then on.</summary>
    public bool RemindersProposed { get; init; }

    // Not stored: Newtonsoft would read a stored copy back by appending to the list this getter returns.
    [JsonIgnore]
    public IReadOnlyList<TrackedGoal> GoalsOrDefault => Goals.Count > 0 ? Goals : StarterGoals.All;
}
