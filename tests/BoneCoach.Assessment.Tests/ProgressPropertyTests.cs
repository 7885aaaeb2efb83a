using CsCheck;

namespace BoneCoach.Assessment.Tests;

// The adjustment rules, restated plainly as an oracle, checked over random runs of consecutive weeks.
public class ProgressPropertyTests
{
    private static readonly DateOnly FirstWeek = new(2026, 3, 2);

    private static readonly Gen<(int Goal, int[] Sessions, bool Fall)> Runs =
        Gen.Select(Gen.Int[1, 3], Gen.Int[0, 4].Array[0, 10], Gen.Frequency((4, Gen.Const(false)), (1, Gen.Const(true))));

    [Fact]
    public void Strength_adjustment_matches_the_plain_rules() =>
        Runs.Sample((goal, sessions, fall) =>
        {
            var history = sessions.Select((s, i) => new CheckIn { WeekStarting = FirstWeek.AddDays(7 * i), StrengthSessionsDone = s }).ToArray();
            if (history.Length > 0)
            {
                history[^1] = history[^1] with { NewFall = fall };
            }

            var tracked = new TrackedGoal(TargetMetric.StrengthSessions, ActionCode.KeepStrengthTraining, Layer.Loading, goal) { Stage = StrengthStage.Heavy };
            var progress = ProgressTracker.Track([tracked], history).Targets[0];
            return progress.NextAdjustment == Expected(goal, sessions, fall) && progress.SuggestedGoal >= 1;
        }, iter: 3_000);

    private static Adjustment Expected(int goal, int[] sessions, bool fall)
    {
        if (sessions.Length > 0 && fall)
        {
            return Adjustment.SeeClinicianFirst;
        }

        if (sessions.Length == 0)
        {
            return Adjustment.NotEnoughCheckIns;
        }

        if (sessions.Length >= 3 && sessions[^3..].All(s => s < goal))
        {
            return Adjustment.MakeTargetSmaller;
        }

        return sessions.Length >= 2 && sessions[^2..].All(s => s >= goal) ? Adjustment.ProgressLoad : Adjustment.KeepGoing;
    }
}
