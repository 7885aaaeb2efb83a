using BoneCoach.Assessment;

namespace BoneCoachBot.Cards;

/// <summary>Two or three sentences closing a layer: how the layer stands, then its headline finding with her numbers.</summary>
internal sealed class LayerFeedbackText(CoachingWording wording)
{
    public string For(LayerResult layer)
    {
        ArgumentNullException.ThrowIfNull(layer);
        var sentences = new List<string> { wording.Feedback(WordingKeys.LayerStatus(layer.Layer, layer.Status)) };
        var findings = layer.Reasons.OrderByDescending(r => r.Severity).ToList();
        // The status sentence of an unjudged layer is already two sentences: one finding keeps it at three.
        var room = layer.Status == LayerStatus.NotEnoughInformation ? 1 : 2;
        sentences.AddRange(findings.Select(Sentence).OfType<string>().Take(room));
        return string.Join(" ", sentences);
    }

    // Null when the core left out a figure the sentence needs; the status sentence still stands.
    private string? Sentence(Reason reason) => wording.FillFeedback(WordingKeys.Reason(reason.Code), reason.Figures);
}
