using BoneCoach.Assessment;

namespace BoneCoachBot.Wording;

/// <summary>Two or three sentences closing a layer: how the layer stands, then its headline finding with her numbers.</summary>
internal sealed class LayerFeedbackText(CoachingWording wording)
{
    /// <summary>A layer paused for a clinician says so, never "where to start" right after the referral notice.</summary>
    public string For(AssessmentResult result, Layer layer)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.IsReferred(layer) ? wording.Feedback(WordingKeys.LayerReferred(layer)) : For(result.For(layer));
    }

    public string For(LayerResult layer)
    {
        ArgumentNullException.ThrowIfNull(layer);
        var sentences = new List<string> { wording.Feedback(WordingKeys.LayerStatus(layer.Layer, layer.Status)) };
        var findings = layer.Reasons.OrderByDescending(r => r.Severity).ToList();
        // The status sentence of an unjudged layer is already two sentences: one finding keeps it at three.
        var room = layer.Status == LayerStatus.NotEnoughInformation ? 1 : 2;
        sentences.AddRange(findings.Select(Sentence).OfType<string>().Take(room));
        // A judged layer with nothing to remark on still gets a second sentence: what happens next.
        if (sentences.Count == 1 && layer.Status != LayerStatus.NotEnoughInformation)
        {
            sentences.Add(wording.Feedback(WordingKeys.Closing(layer.Status)));
        }

        return string.Join(" ", sentences);
    }

    // Null when the core left out a figure the sentence needs; the status sentence still stands.
    private string? Sentence(Reason reason) => wording.FillFeedback(WordingKeys.Reason(reason.Code), reason.Figures);
}
