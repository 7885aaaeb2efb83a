namespace BoneCoachBot.Tests.Conversation;

/// <summary>Answers in the order the script asks, as a woman might type them.</summary>
public static class Personas
{
    public static readonly string[] Consent = ["yes"];

    // Words for numbers, pounds, feet and inches; no red flag.
    public static readonly string[] Onboarding =
    [
        "none of these", "I'm sixty-two", "about 140 pounds", "5 ft 4", "8 years ago", "no", "0", "none", "none",
        "no", "no", "no", "skip", "skip", "no", "no", "no", "none", "none", "no", "no",
    ];

    // No strength or impact work: loading is her weak layer.
    public static readonly string[] Loading = ["none", "none", "most days", "twice a week", "no", "no", "no", "no", "no"];

    public static readonly string[] Hormones = ["never", "none of these", "no", "30 ng/ml", "skip", "skip", "no"];

    public static readonly string[] Diet = ["skip", "2", "no"];

    public static readonly string[] Inflammation = ["32 inches", "7 hours", "rarely", "no", "4", "none"];

    // Calcium, vitamin D and K2 covered, and supplements are what she came for.
    public static readonly string[] Minerals = ["yes", "3", "500 mg", "600 IU", "none", "no", "yes"];

    public static IEnumerable<string> WeakLoadingStrongMinerals =>
        Consent.Concat(Onboarding).Concat(Loading).Concat(Hormones).Concat(Diet).Concat(Inflammation).Concat(Minerals);

    // A wrist broken in a trip at 55: a fragility fracture, so loading goes to a clinician first.
    public static IEnumerable<string> FragilityFracture =>
        Consent.Concat(Onboarding.Take(5)).Append("yes").Append("1").Concat(Onboarding.Skip(7))
            .Concat(["2", "heavy", "3 days", "every day", "3 times a week", "no", "no", "no", "no", "no"])
            .Concat(Hormones).Concat(Diet).Concat(Inflammation).Concat(Minerals);

    // Imperial units throughout, answers with typos and capitals.
    public static IEnumerable<string> ImperialWithTypos =>
        Consent.Concat(
        [
            "None", "58", "abt 150 lbs", "5'6\"", "in 2019", "Nope", "0", "1 inch", "none", "No", "no", "NO", "skip", "skip", "skip",
            "No", "nope", "nothing", "none of those", "no", "never",
            "once a week", "moderate", "1", "every day", "none", "yes", "1", "no", "no", "not sure", "no", "no",
            "in the past", "None of these", "yes", "skip", "5.9%", "skip", "no",
            "70 g", "Yes",
            "34 in", "6 and a half hours", "most days", "no", "2", "skip",
            "no", "1", "none", "25 mcg", "none", "no", "no",
        ]);
}
