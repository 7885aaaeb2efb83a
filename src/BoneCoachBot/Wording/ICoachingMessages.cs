using BoneCoach.Assessment;
using Microsoft.Bot.Schema;

namespace BoneCoachBot.Wording;

/// <summary>
/// What the coach says about assessment results, in wording from dialogs/ (never in code): the seam between
/// the conversation (Dialogs/) and its rendering (Wording/).
/// </summary>
public interface ICoachingMessages
{
    /// <summary>Two or three sentences closing a layer's questions: the headline finding with her numbers.</summary>
    string LayerFeedback(LayerResult layer);

    /// <summary>The same, knowing the red flags: a layer paused for a clinician says so instead of its status.</summary>
    string LayerFeedback(AssessmentResult result, Layer layer);

    /// <summary>What to do about newly raised red flags: emergency wording first, then the clinician referral.</summary>
    string RedFlagNotice(IReadOnlyList<RedFlag> flags);

    /// <summary>The plan as a message for <paramref name="channelId"/>: an Adaptive Card with a text fallback.</summary>
    IMessageActivity PlanMessage(AssessmentResult result, string channelId);

    /// <summary>The plan as plain text (Markdown), for channels without cards and for "plan" in a transcript.</summary>
    string PlanText(AssessmentResult result);

    /// <summary>The clinician summary as a message: readable text plus the Markdown document as a file named in her language.</summary>
    IMessageActivity ClinicianSummaryMessage(string markdown);

    /// <summary>The clinician summary's words in the turn's language, for the core to write it with.</summary>
    SummaryWording SummaryWording { get; }
}
