using BoneCoach.Assessment;

namespace BoneCoachBot.Wording;

/// <summary>How a row of the plan looks: the status colour, always beside a status label (never colour alone).</summary>
public enum RowTone
{
    Neutral,
    Good,
    Warning,
    Attention,
}

/// <summary>One step of the plan in words: no target for a referral, which is not coached.</summary>
public sealed record PlanStep(string Title, string? Target, string Why);

/// <summary>One layer of the plan, numbered in hierarchy order (loading 1, minerals 5).</summary>
public sealed record PlanRow(
    int Number,
    Layer Layer,
    string LayerName,
    string StatusLabel,
    RowTone Tone,
    bool IsReferred,
    IReadOnlyList<string> Findings,
    IReadOnlyList<PlanStep> Focus,
    IReadOnlyList<PlanStep> KeepDoing,
    string? Remark);

/// <summary>
/// The whole plan in words, built once and drawn as a card or as Markdown. ClinicianTopics: every red flag for her
/// clinician, first, whether it pauses a layer (kidney disease) or not (a parent's hip fracture, a bone medicine ...).
/// </summary>
public sealed record PlanLayout(
    string Title,
    string Subtitle,
    string Medicines,
    IReadOnlyList<string> ClinicianTopics,
    string? MineralsNote,
    IReadOnlyList<PlanRow> Rows,
    IReadOnlyList<string> Notes,
    string SummaryHint)
{
    /// <summary>Some questions were left for later: the card offers "fine-tune".</summary>
    public bool CanFineTune { get; init; }
}
