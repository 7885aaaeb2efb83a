using BoneCoachBot.Script;

namespace BoneCoachBot.Dialogs;

/// <summary>The texts of dialogs/commands.json for multi-choice questions, fine-tune and the deeper check-in questions.</summary>
[ScriptKeys(ScriptParts.Commands, ScriptKeyKind.Texts)]
public static class DeepenTextKeys
{
    public const string NoneOfThese = "noneOfThese";
    public const string MultiChoiceDone = "multiChoiceDone";
    public const string FineTuneWhich = "fineTuneWhich";
    public const string FineTuneNothingLeft = "fineTuneNothingLeft";
    public const string FineTuneAfter = "fineTuneAfter";
    public const string FineTuneLater = "fineTuneLater";
    public const string FineTuneRetry = "fineTuneRetry";
    public const string FineTuneNotNow = "fineTuneNotNow";
    public const string FineTuneNotNowChoice = "fineTuneNotNowChoice";
    public const string CheckInDeeper = "checkInDeeper";
}
