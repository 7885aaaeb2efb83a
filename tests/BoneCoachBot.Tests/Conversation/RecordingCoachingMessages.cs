using BoneCoach.Assessment;
using BoneCoachBot.Cards;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace BoneCoachBot.Tests.Conversation;

/// <summary>
/// Stands in for the cards' ICoachingMessages only while the host has none registered: plain markers that name
/// what the conversation asked to be rendered, so the tests can see which layer, flag or plan was sent.
/// </summary>
public sealed class RecordingCoachingMessages : ICoachingMessages
{
    public string LayerFeedback(LayerResult layer) => $"[feedback {layer.Layer} {layer.Status}]";

    public string RedFlagNotice(IReadOnlyList<RedFlag> flags) =>
        $"[red flag {string.Join(",", flags.Select(f => f.Code))}{(RedFlags.HasEmergency(flags) ? " emergency 911 112 999" : " clinician")}]";

    public IMessageActivity PlanMessage(AssessmentResult result, string channelId) => MessageFactory.Text(PlanText(result));

    public string PlanText(AssessmentResult result) =>
        $"[plan {string.Join(" > ", result.Plan.Actions.Select(a => a.Layer).Distinct())}]";

    public IMessageActivity ClinicianSummaryMessage(string markdown) => MessageFactory.Text("[summary] " + markdown.Split('\n')[0]);
}
