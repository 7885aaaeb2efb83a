namespace BoneCoachBot.Tests.Conversation;

/// <summary>Answers in the order the script asks, as a woman might type them.</summary>
public static class Personas
{
    public static readonly string[] Consent = ["yes"];

    // Weak loading, otherwise unremarkable; imperial units and words for numbers.
    public static readonly string[] Onboarding =
    [
        "none of these", "I'm sixty-two", "about 140 pounds", "5 ft 4", "8 years ago", "no", "0", "none", "none",
        "no", "no", "no", "skip", "skip", "no",
    ];

    public static readonly string[] Loading = ["none", "none", "most days", "twice a week", "no", "no", "no", "no"];

    public static readonly string[] Hormones = ["never", "none of these", "no", "30 ng/ml", "skip", "skip", "no"];

    public static readonly string[] Diet = ["skip", "2", "no"];

    public static readonly string[] Inflammation = ["32 inches", "7 hours", "rarely", "no", "some days", "none"];

    public static readonly string[] Minerals = ["yes", "3", "500 mg", "1000 IU", "none", "no"];

    public static IEnumerable<string> ToPlan =>
        Consent.Concat(Onboarding).Concat(Loading).Concat(Hormones).Concat(Diet).Concat(Inflammation).Concat(Minerals);
}
