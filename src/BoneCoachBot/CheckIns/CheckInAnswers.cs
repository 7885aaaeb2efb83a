using BoneCoach.Assessment;

namespace BoneCoachBot.CheckIns;

/// <summary>The week's answers while the check-in runs (in the waterfall's values); null is "not answered".</summary>
public sealed record CheckInAnswers
{
    public int? StrengthSessions { get; init; }

    public int? ImpactDays { get; init; }

    public int? BalanceSessions { get; init; }

    public int? ProteinDays { get; init; }

    public double? SleepHours { get; init; }

    public string? Supplements { get; init; }

    public string? FallFractureOrPain { get; init; }

    public CheckIn ToCheckIn(DateOnly weekStarting) => new()
    {
        WeekStarting = weekStarting,
        StrengthSessionsDone = StrengthSessions,
        ImpactDaysDone = ImpactDays,
        BalanceSessionsDone = BalanceSessions,
        ProteinDaysAtTarget = ProteinDays,
        AverageSleepHours = SleepHours,
        SupplementDaysTaken = SupplementDays(Supplements),
        NewFall = FallFractureOrPain is null ? null : FallFractureOrPain == FallChoices.Fall,
        NewFracture = FallFractureOrPain is null ? null : FallFractureOrPain == FallChoices.Fracture,
        NewBackPain = FallFractureOrPain is null ? null : FallFractureOrPain == FallChoices.BackPain,
    };

    // The choices in checkin.json as days of the week; "a few or none" counts low so adherence is never flattered.
    // Null for "none in my plan": there is nothing to measure.
    private static int? SupplementDays(string? choice) => choice switch
    {
        SupplementChoices.AllDays => 7,
        SupplementChoices.MostDays => 5,
        SupplementChoices.FewDays => 1,
        _ => null,
    };

    /// <summary>The Monday of the week she is reporting on: the seven days before the check-in.</summary>
    public static DateOnly WeekReported(DateOnly checkInDay)
    {
        var weekAgo = checkInDay.AddDays(-6);
        return weekAgo.AddDays(-(((int)weekAgo.DayOfWeek + 6) % 7));
    }
}
