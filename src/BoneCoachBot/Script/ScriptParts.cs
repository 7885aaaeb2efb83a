namespace BoneCoachBot.Script;

/// <summary>The files of dialogs/ by name ("consent" for dialogs/consent.json): each spelled once, here.</summary>
public static class ScriptParts
{
    public const string Consent = "consent";
    public const string Onboarding = "onboarding";
    public const string Loading = "loading";
    public const string Hormones = "hormones";
    public const string Diet = "diet";
    public const string Inflammation = "inflammation";
    public const string Supplements = "supplements";
    public const string CheckIn = "checkin";
    public const string Reminders = "reminders";
    public const string Commands = "commands";
    public const string Safety = "safety";
    public const string Answers = "answers";
}
