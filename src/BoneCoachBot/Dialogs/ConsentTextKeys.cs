using BoneCoachBot.Script;

namespace BoneCoachBot.Dialogs;

/// <summary>The texts of dialogs/consent.json; checked at start-up (<see cref="ScriptKeysCheck"/>).</summary>
[ScriptKeys(ScriptParts.Consent, ScriptKeyKind.Texts)]
public static class ConsentTextKeys
{
    public const string Welcome = "welcome";
    public const string Disclaimer = "disclaimer";
    public const string Accepted = "accepted";
    public const string Declined = "declined";
    public const string Undecided = "undecided";
    public const string GeneralInfo = "generalInfo";
}
