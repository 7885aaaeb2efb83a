using BoneCoachBot.Script;

namespace BoneCoachBot.Commands;

/// <summary>The command ids of dialogs/commands.json; each has its one handler (see <see cref="CommandLayer"/>).</summary>
[ScriptKeys(ScriptParts.Commands, ScriptKeyKind.Commands)]
public static class CommandIds
{
    public const string Help = "help";
    public const string Cancel = "cancel";
    public const string Restart = "restart";
    public const string Back = "back";
    public const string Skip = "skip";
    public const string Why = "why";
    public const string Resume = "resume";
    public const string Plan = "plan";
    public const string Progress = "progress";
    public const string CheckIn = "checkIn";
    public const string Summary = "summary";
    public const string WhatDoYouKnow = "whatDoYouKnow";
    public const string ForgetMe = "forgetMe";
    public const string FineTune = "fineTune";
    public const string Keep = "keep";
    public const string ChangeAnswers = "changeAnswers";
    public const string Thanks = "thanks";
    public const string Repeat = "repeat";
}
