using BoneCoach.Assessment;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace BoneCoachBot.CheckIns.Progress;

/// <summary>
/// Progress as one message: the summary as text (what screen readers and image-less channels read), the 12-week chart
/// as a PNG image attachment (a data URI, so no public URL is needed), and an Adaptive Card of next week's goals.
/// </summary>
public sealed class ProgressMessage(CheckInTexts texts, ProgressSummary summary)
{
    public IMessageActivity Build(CheckInRecord record, ProgressReport report)
    {
        ArgumentNullException.ThrowIfNull(record);
        var message = MessageFactory.Text(summary.Describe(report));
        message.Attachments = [Chart(record), GoalsCard(record.GoalsOrDefault)];
        message.AttachmentLayout = AttachmentLayoutTypes.List;
        return message;
    }

    private Attachment Chart(CheckInRecord record)
    {
        var png = ProgressChart.RenderPng(record, Labels());
        return new Attachment
        {
            ContentType = "image/png",
            ContentUrl = "data:image/png;base64," + Convert.ToBase64String(png),
            Name = texts.CheckInText(CheckInTextKeys.ChartAlt, ("weeks", Math.Min(ProgressChart.Weeks, record.History.Count))),
        };
    }

    private Attachment GoalsCard(IReadOnlyList<TrackedGoal> goals)
    {
        var facts = new JArray(goals.Select(g => new JObject
        {
            ["title"] = texts.CheckInText(ProgressTextKeys.Goal(g.Metric)),
            ["value"] = ProgressSummary.Number(g.WeeklyGoal),
        }));
        var card = new JObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = new JArray(
                new JObject { ["type"] = "TextBlock", ["text"] = texts.CheckInText(CheckInTextKeys.CardTitle), ["weight"] = "Bolder", ["wrap"] = true },
                new JObject { ["type"] = "FactSet", ["facts"] = facts }),
        };
        return new Attachment { ContentType = "application/vnd.microsoft.card.adaptive", Content = card };
    }

    private ChartLabels Labels() => new(
        texts.CheckInText(CheckInTextKeys.ChartTitle),
        texts.CheckInText(CheckInTextKeys.ChartYAxis),
        texts.CheckInText(CheckInTextKeys.ChartStrengthSessions),
        texts.CheckInText(CheckInTextKeys.ChartStrengthGoal),
        texts.CheckInText(CheckInTextKeys.ChartProteinDays),
        texts.CheckInText(CheckInTextKeys.ChartSleepHours),
        texts.CheckInText(CheckInTextKeys.ChartBalanceSessions));
}
