namespace BoneCoachBot.CheckIns;

/// <summary>Where this conversation stands with check-ins.</summary>
public sealed record CheckInFlags
{
    /// <summary>A reminder went out and she has not answered yet: her next message answers it.</summary>
    public bool ReminderPending { get; init; }

    /// <summary>A check-in is under way: a reminder arriving now must not take her next answer for a reply to it.</summary>
    public bool CheckInOpen { get; init; }

    /// <summary>
    /// Answers she gave the open check-in's later questions before they were asked ("I slept about 6 hours" at the
    /// balance count), by question id: taken when each comes up.
    /// </summary>
    public Dictionary<string, double>? Ahead { get; init; }
}
