namespace BoneCoachBot.Wording;

/// <summary>The fixed texts of dialogs/plan.json: card headings, labels, emergency and referral wording.</summary>
public static class PlanTexts
{
    public const string CardTitle = "card.title";
    public const string CardSubtitle = "card.subtitle";
    public const string Medicines = "card.medicines";
    public const string ClinicianTopics = "card.clinicianTopics";
    public const string ReferralAdapted = "referral.adapted";
    public const string ReferralAlongside = "referral.alongside";
    public const string CardLead = "card.lead";
    public const string Target = "card.target";
    public const string Why = "card.why";
    public const string KeepDoing = "card.keepDoing";
    public const string NothingToChange = "card.nothingToChange";
    public const string NeedsAnswers = "card.needsAnswers";
    public const string Notes = "card.notes";
    public const string SummaryButton = "card.summaryButton";
    public const string FineTuneButton = "card.fineTuneButton";
    public const string FineTuneHint = "card.fineTuneHint";
    public const string SummaryHint = "card.summaryHint";
    public const string ReferredBecause = "card.referredBecause";
    public const string StartWith = "card.startWith";
    public const string EmergencyFound = "emergency.found";
    public const string EmergencyCall = "emergency.call";
    public const string ReferralFound = "referral.found";
    public const string ReferralBook = "referral.book";
    public const string ReferralPaused = "referral.paused";
    public const string ReferralContinue = "referral.continue";
    public const string And = "list.and";
    public const string SummaryMessage = "summary.message";

    public static IReadOnlyList<string> All { get; } =
    [
        CardTitle, CardSubtitle, CardLead, Target, Why, KeepDoing, NothingToChange, NeedsAnswers, Notes, SummaryButton, FineTuneButton, FineTuneHint,
        SummaryHint, ReferredBecause, StartWith, EmergencyFound, EmergencyCall, ReferralFound, ReferralBook, ReferralPaused, ReferralContinue, And,
        SummaryMessage, WordingKeys.StatusReferred, Medicines, ClinicianTopics, ReferralAdapted, ReferralAlongside,
    ];
}
