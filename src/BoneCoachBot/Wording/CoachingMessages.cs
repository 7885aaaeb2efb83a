using BoneCoach.Assessment;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace BoneCoachBot.Wording;

/// <summary>What the coach says about results, all in wording from dialogs/feedback.json and dialogs/plan.json.</summary>
public sealed class CoachingMessages : ICoachingMessages
{
    private readonly CoachingWording _wording;
    private readonly LayerFeedbackText _feedback;
    private readonly RedFlagNoticeText _redFlags;
    private readonly PlanLayoutBuilder _layout;
    private readonly PlanMarkdown _markdown;
    private readonly PlanCard _card;
    private readonly ClinicianSummaryWording _summary;

    public CoachingMessages(CoachingWording wording, ClinicianSummaryWording summary)
    {
        _wording = wording ?? throw new ArgumentNullException(nameof(wording));
        _summary = summary ?? throw new ArgumentNullException(nameof(summary));
        _feedback = new LayerFeedbackText(wording);
        _redFlags = new RedFlagNoticeText(wording);
        _layout = new PlanLayoutBuilder(wording, _redFlags);
        _markdown = new PlanMarkdown(wording);
        _card = new PlanCard(wording);
    }

    public string LayerFeedback(LayerResult layer) => _feedback.For(layer);

    public string LayerFeedback(AssessmentResult result, Layer layer) => _feedback.For(result, layer);

    public string RedFlagNotice(IReadOnlyList<RedFlag> flags) => _redFlags.For(flags);

    public string PlanText(AssessmentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Plan.IsEmergency ? EmergencyText(result) : _markdown.Write(_layout.Build(result));
    }

    public IMessageActivity PlanMessage(AssessmentResult result, string channelId)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = PlanText(result);
        if (!CardChannels.SupportCards(channelId))
        {
            return MessageFactory.Text(text);
        }

        var card = result.Plan.IsEmergency ? PlanCard.Emergency(text) : _card.Build(_layout.Build(result), text);
        var attachment = new Attachment { ContentType = PlanCard.ContentType, Content = card };
        // The lead is what a notification shows above the card (the whole plan as text would repeat the card in
        // Web Chat); the whole plan rides along as speech for voice clients and screen readers.
        var lead = result.Plan.IsEmergency ? text : _wording.Plan(PlanTexts.CardLead);
        return MessageFactory.Attachment(attachment, lead, Spoken(text));
    }

    public IMessageActivity ClinicianSummaryMessage(string markdown)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(markdown);
        var message = MessageFactory.Attachment(ClinicianSummaryFile.Attachment(markdown, SummaryWording.Text(SummaryKeys.FileName)), _wording.Plan(PlanTexts.SummaryMessage));
        return message;
    }

    public SummaryWording SummaryWording => _summary.Current;

    // Markdown marks would be read aloud as "asterisk".
    private static string Spoken(string markdown) => markdown.Replace("**", string.Empty, StringComparison.Ordinal).Replace("> ", string.Empty, StringComparison.Ordinal);

    private string EmergencyText(AssessmentResult result) =>
        _redFlags.Emergency(result.RedFlags.Where(f => f.Urgency == Urgency.Emergency).ToList());
}
