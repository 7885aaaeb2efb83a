using BoneCoachBot.Script;

namespace BoneCoachBot.Dialogs.Questions;

/// <summary>The texts of dialogs/answers.json the code says; checked at start-up (<see cref="ScriptKeysCheck"/>).</summary>
[ScriptKeys(ScriptParts.Answers, ScriptKeyKind.Texts)]
public static class AnswerTextKeys
{
    public const string AboutOther = "aboutOther";
    public const string AgeThenNotNow = "ageThenNotNow";
    public const string CantAnswer = "cantAnswer";
    public const string CantAnswerMedicine = "cantAnswerMedicine";
    public const string Changed = "changed";
    public const string ChangedNew = "changedNew";
    public const string DeclineRequired = "declineRequired";
    public const string DidntCatch = "didntCatch";
    public const string DidntCatchChoice = "didntCatchChoice";
    public const string DontKnow = "dontKnow";
    public const string EverydayWord = "everydayWord";
    public const string FitsSeveral = "fitsSeveral";
    public const string ListLater = "listLater";
    public const string ListMiss = "listMiss";
    public const string ListNoneHint = "listNoneHint";
    public const string Noted = "noted";
    public const string OtherQuestion = "otherQuestion";
    public const string PlanRebuilt = "planRebuilt";
    public const string ReadBackAboveUsual = "readBackAboveUsual";
    public const string ReadBackBelowUsual = "readBackBelowUsual";
    public const string ReadBackNoAskAgain = "readBackNoAskAgain";
    public const string ReadBackStillOpen = "readBackStillOpen";
    public const string ReadBackVague = "readBackVague";
    public const string ReadBackYes = "readBackYes";
    public const string ReadBackYesAboutOther = "readBackYesAboutOther";
    public const string Understood = "understood";
    public const string UnknownList = "unknownList";
    public const string UnknownOk = "unknownOk";
    public const string UnknownRequired = "unknownRequired";
    public const string UnknownRequiredChoice = "unknownRequiredChoice";
    public const string WhatItIs = "whatItIs";
    public const string WhichAnswer = "whichAnswer";
    public const string WhichAnswerFor = "whichAnswerFor";
    public const string WhichWhole = "whichWhole";
    public const string UngateAsk = "ungateAsk";
    public const string ChangeNotAmount = "changeNotAmount";

    // What a retry says she may answer with ("{expect}"), one for each kind of answer (RetryWording.Expect).
    public const string ExpectYesNo = "expect.yesNo";
    public const string ExpectChoice = "expect.choice";
    public const string ExpectMultiChoice = "expect.multiChoice";
    public const string ExpectNumber = "expect.number";
    public const string ExpectQuantity = "expect.quantity";
    public const string ExpectDuration = "expect.duration";
    public const string ExpectFrequency = "expect.frequency";
    public const string ExpectText = "expect.text";
}
