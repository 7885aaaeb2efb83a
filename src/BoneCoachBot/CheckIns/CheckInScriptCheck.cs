using BoneCoach.Assessment;
using BoneCoachBot.CheckIns.Progress;
using BoneCoachBot.Script;

namespace BoneCoachBot.CheckIns;

/// <summary>
/// Start-up check that dialogs/checkin.json and dialogs/reminders.json hold every text the check-ins say, so a
/// missing wording stops the bot naming the file and key instead of failing in her chat a week later.
/// </summary>
public sealed class CheckInScriptCheck(CheckInTexts texts) : IHostedService
{
    private static readonly string[] CheckInKeys =
    [
        "intro", "reminder", "done", "week", "streak", "noStreak", "adjust.keepGoing", "adjust.makeTargetSmaller",
        "adjust.seeClinicianFirst", "adjust.progressLoad.strengthSessions", "adjust.progressLoad.impactDays",
        "adjust.buildRepsAndSets", "adjust.progressWithPhysiotherapist",
"noCheckIns", "progressIntro", "card.title", "chart.title", "chart.yAxis",
        "chart.strengthSessions", "chart.strengthGoal", "chart.proteinDays", "chart.sleepHours", "chart.alt",
    ];

    private static readonly string[] ReminderKeys =
    [
        "proposal", "proposalDeclined", "zoneGuessed", "set", "paused", "resumed", "stopped", "notSet", "timeZoneSet", "unknownTimeZone",
        "checkInNow", "notNow", "notNowReply",
    ];

    public Task StartAsync(CancellationToken cancellationToken)
    {
        EnsureComplete(texts);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static void EnsureComplete(CheckInTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var metrics = Enum.GetValues<TargetMetric>().Where(m => m != TargetMetric.None).Select(m => ProgressSummary.Camel(m.ToString())).ToArray();
        var checkIn = CheckInKeys
            .Concat(metrics.SelectMany(m => new[] { "metric." + m, "name." + m, "goal." + m }))
            .Concat(Enum.GetNames<Trend>().Select(t => "trend." + ProgressSummary.Camel(t)));
        Check(texts.CheckIn, checkIn);
        Check(texts.Reminders, ReminderKeys);
    }

    private static void Check(DialogScript script, IEnumerable<string> keys)
    {
        var missing = keys.Where(key => !script.Texts.ContainsKey(key)).ToList();
        if (missing.Count > 0)
        {
            throw new ScriptException($"dialogs/{script.Dialog}.json", null, $"texts are missing: {string.Join(", ", missing)}.");
        }
    }
}
