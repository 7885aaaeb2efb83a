using BoneCoachBot.CheckIns.Progress;
using BoneCoachBot.Coaching;

namespace BoneCoachBot.Tests.Support;

/// <summary>
/// The records command tests start from, built from the bot's own types: what Conversation.Personas'
/// WeakLoadingStrongMinerals leaves in storage at each point, answer for answer. SeededRecordsTests replays her
/// and compares, so a change to the script or the readers that changes what she leaves fails there, not in a row.
/// </summary>
public static class SeededRecords
{
    /// <summary>The test hosts' clock start (CoachingHost): a plan made in a replay is dated then.</summary>
    public static readonly DateTimeOffset PlanDay = new(2026, 11, 29, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Consent given, nothing answered: at the first onboarding question.</summary>
    public static CoachingRecord Consented() => new() { Consent = ConsentStatus.Given };

    /// <summary>Four profile answers (urgentNow, age, weight, height): at the onboarding question about her last period.</summary>
    public static CoachingRecord AtLastPeriod() => Record(Profile().Take(4));

    /// <summary>Her profile done, strength training twice a week: at the loading layer's intensity question.</summary>
    public static CoachingRecord AtIntensity() =>
        Record(Profile().Append(("strengthSessionsPerWeek", Number(2, "2 times a week"))), "onboarding");

    /// <summary>Her whole first pass, the plan made: no question open.</summary>
    public static CoachingRecord WithPlan()
    {
        var record = Record(Profile().Concat(Layers()), "onboarding", "loading", "hormones", "diet", "inflammation", "supplements");
        record.PlanReadyAt = PlanDay;
        return record;
    }

    /// <summary>What the check-ins keep once the plan has been shown: the weekly reminder was offered, nothing logged yet.</summary>
    public static CheckInRecord AfterPlanCheckIns() => new() { RemindersProposed = true };

    private static CoachingRecord Record(IEnumerable<(string Id, StoredAnswer Answer)> answers, params string[] completedParts) => new()
    {
        Consent = ConsentStatus.Given,
        Answers = answers.ToDictionary(a => a.Id, a => a.Answer, StringComparer.Ordinal),
        CompletedParts = [.. completedParts],
    };

    // Personas.Onboarding: "none of these", "I'm sixty-two", "about 140 pounds", "5 ft 4", "8 years ago", then "none"
    // of the history list, no steroids, no condition, no medicine (the lists fill the questions they answer).
    private static IEnumerable<(string, StoredAnswer)> Profile() =>
    [
        ("urgentNow", Choice("none", "None of these")),
        ("age", Number(62, "62")),
        ("weight", Number(63.5, "63.5 kg")),
        ("height", Number(162.6, "162.6 cm")),
        ("lastPeriod", Number(8, "about 8 years ago")),
        ("historyScreen", Choices("None of these")),
        ("fragilityFracture", Choice("no", "No")),
        ("spineFracture", Choice("no", "No")),
        ("suddenBackPain", YesNo(false)),
        ("growingStoop", YesNo(false)),
        ("fallsLastYear", YesNo(false)),
        ("fearOfFalling", YesNo(false)),
        ("earlyMenopause", Choice("no", "No")),
        ("parentHipFracture", Choice("no", "No")),
        ("steroidTablets", YesNo(false)),
        ("boneLossConditions", Choices("None of these")),
        ("rheumatoidArthritis", YesNo(false)),
        ("boneLossMedicines", Choices("None of these")),
        ("warfarin", YesNo(false)),
    ];

    // Personas' layers: no strength or impact work, never hormone therapy, 2 protein meals, 7 hours' sleep, no smoking,
    // 3 calcium servings, calcium 500 mg, vitamin D 600 IU and K2.
    private static IEnumerable<(string, StoredAnswer)> Layers() =>
    [
        ("strengthSessionsPerWeek", Number(0, "0 times a week")),
        ("impactDaysPerWeek", Number(0, "0 days a week")),
        ("hormoneTherapy", Choice("never", "Never")),
        ("proteinMealsPerDay", Number(2, "2")),
        ("sleepHours", Number(7, "7 h")),
        ("smoking", Choice("no", "No")),
        ("calciumFoodServingsPerDay", Number(3, "3")),
        ("supplementsInUse", Choices("Calcium, Vitamin D, Vitamin K2", "calcium", "vitaminD", "vitaminK2")),
        ("vitaminK2", YesNo(true)),
        ("calciumSupplementMg", Number(500, "500 mg")),
        ("vitaminDSupplementIu", Number(600, "600 IU")),
    ];

    private static StoredAnswer Number(double value, string readable) => new() { Number = value, Readable = readable };

    private static StoredAnswer Choice(string value, string readable) => new() { Choice = value, Readable = readable };

    private static StoredAnswer Choices(string readable, params string[] values) => new() { Choices = values, Readable = readable };

    private static StoredAnswer YesNo(bool value) => new() { YesNo = value, Readable = value ? "Yes" : "No" };
}
