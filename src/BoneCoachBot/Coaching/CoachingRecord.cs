namespace BoneCoachBot.Coaching;

/// <summary>
/// Everything the coach keeps about her (UserState): consent, her answers by question id, which parts are done,
/// the red flags she has already been told about, and when her plan was made. Plain JSON, no type names.
/// After a refusal only <see cref="Consent"/> is kept.
/// </summary>
public sealed class CoachingRecord
{
    public ConsentStatus Consent { get; set; }

    /// <summary>Answers by question id; ids are unique across dialogs/*.json.</summary>
    public Dictionary<string, StoredAnswer> Answers { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Script parts (onboarding, loading ...) she has finished.</summary>
    public List<string> CompletedParts { get; set; } = [];

    /// <summary>Red flag codes (names, not numbers) already explained, so each is told once.</summary>
    public List<string> RedFlagsTold { get; set; } = [];

    public DateTimeOffset? PlanReadyAt { get; set; }

    /// <summary>The language she chose ("es", "en"), or null to follow her channel's locale. Not a health answer: it stays after a refusal.</summary>
    public string? Language { get; set; }

    public AnswerSheet Sheet => new(Answers);

    public bool HasCompleted(string part) => CompletedParts.Contains(part, StringComparer.Ordinal);

    public void Complete(string part)
    {
        if (!HasCompleted(part))
        {
            CompletedParts.Add(part);
        }
    }

    /// <summary>Back to the first question: answers, progress and plan go, consent stays.</summary>
    public void ClearAnswers()
    {
        Answers.Clear();
        CompletedParts.Clear();
        RedFlagsTold.Clear();
        PlanReadyAt = null;
    }
}
