namespace BoneCoachBot.Tests.Conversation;

/// <summary>
/// Answers in the order the first pass asks, as a woman might type them: her profile, the history and the condition and
/// medicine lists (answered as lists), then per layer the questions that decide it. The rest comes with "fine-tune".
/// </summary>
public static class Personas
{
    public static readonly string[] Consent = ["yes"];

    // Words for numbers, pounds, feet and inches; none of the history list, no condition, no medicine: no red flag.
    // urgentNow, age, weight, height, lastPeriod, historyScreen, steroidTablets, boneLossConditions, boneLossMedicines.
    public static readonly string[] Onboarding =
        ["none of these", "I'm sixty-two", "about 140 pounds", "5 ft 4", "8 years ago", "none", "no", "none", "none"];

    // No strength or impact work: loading is her weak layer (no strength training, so no intensity question).
    public static readonly string[] Loading = ["none", "none"];

    public static readonly string[] Hormones = ["never"];

    // Meals with a palm of protein.
    public static readonly string[] Diet = ["2"];

    // Sleep, smoking.
    public static readonly string[] Inflammation = ["7 hours", "no"];

    // Calcium food servings, the supplements list, then the amounts of the ones she takes: calcium, vitamin D and K2 covered.
    public static readonly string[] Minerals = ["3", "calcium, vitamin D and K2", "500 mg", "600 IU"];

    /// <summary>Her answers after the plan to "fine-tune" for the part she names (the not-yet-asked questions, in order).</summary>
    public static readonly string[] FineTuneInflammation = ["fine-tune", "inflammation", "32 inches", "rarely", "4"];

    public static IEnumerable<string> WeakLoadingStrongMinerals =>
        Consent.Concat(Onboarding).Concat(Loading).Concat(Hormones).Concat(Diet).Concat(Inflammation).Concat(Minerals);

    // A wrist broken in a trip at 55 (from the history list): a fragility fracture, so loading goes to a clinician first.
    public static IEnumerable<string> FragilityFracture =>
        Consent.Concat(Onboarding.Take(5)).Append("a broken bone from a small fall").Concat(Onboarding.Skip(6))
            .Concat(["2", "heavy", "3 days"])
            .Concat(Hormones).Concat(Diet).Concat(Inflammation).Concat(Minerals);

    // Imperial units throughout, answers with typos and capitals; the supplements list in her own words.
    public static IEnumerable<string> ImperialWithTypos =>
        Consent.Concat(
        [
            "None", "58", "abt 150 lbs", "5'6\"", "in 2019", "NONE", "No", "none of those", "nothing",
            "once a week", "moderate", "1",
            "in the past",
            "2",
            "6 and a half hours", "no",
            "1", "just vitamin d", "25 mcg",
        ]);
}
