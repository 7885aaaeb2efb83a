using BoneCoachBot.Script;

namespace BoneCoachBot.Commands;

/// <summary>The texts of dialogs/commands.json the code says; checked at start-up (<see cref="ScriptKeysCheck"/>).</summary>
[ScriptKeys(ScriptParts.Commands, ScriptKeyKind.Texts)]
public static class CommandTextKeys
{
    public const string ResumeReminder = "resumeReminder";
    public const string Cancelled = "cancelled";
    public const string NothingToCancel = "nothingToCancel";
    public const string NoQuestionOpen = "noQuestionOpen";
    public const string NoBack = "noBack";
    public const string NotOptional = "notOptional";
    public const string ForgetConfirm = "forgetConfirm";
    public const string Forgotten = "forgotten";
    public const string NotForgotten = "notForgotten";
    public const string GaveUp = "gaveUp";
    public const string EmptyMessage = "emptyMessage";
    public const string AttachmentOnly = "attachmentOnly";
    public const string TooLong = "tooLong";
    public const string Unreadable = "unreadable";
    public const string EmojiOnly = "emojiOnly";
    public const string OtherLanguage = "otherLanguage";
    public const string OutOfRange = "outOfRange";
    public const string WhichUnit = "whichUnit";
    public const string WrongUnit = "wrongUnit";
    public const string SummaryOffer = "summaryOffer";
    public const string AfterPlan = "afterPlan";
    public const string Afterwards = "afterwards";
    public const string PlanNotYet = "planNotYet";
    public const string SummaryNotYet = "summaryNotYet";
    public const string CheckInsLater = "checkInsLater";
    public const string CheckInFirst = "checkInFirst";
    public const string KnownHeader = "knownHeader";
    public const string KnownNothing = "knownNothing";
    public const string KnownConsent = "knownConsent";
    public const string SkippedAnswer = "skippedAnswer";
    public const string Restarted = "restarted";
    public const string RestartConfirm = "restartConfirm";
    public const string NotRestarted = "notRestarted";
    public const string NotConsented = "notConsented";
    public const string PerWeek = "perWeek";
    public const string OncePerWeek = "oncePerWeek";
    public const string DaysPerWeek = "daysPerWeek";
    public const string OneDayPerWeek = "oneDayPerWeek";
    public const string KeptEarlierYes = "keptEarlierYes";
    public const string Years = "years";
    public const string AboutAYear = "aboutAYear";
    public const string Months = "months";
    public const string AboutAMonth = "aboutAMonth";
    public const string Weeks = "weeks";
    public const string AboutAWeek = "aboutAWeek";
    public const string UnderAWeek = "underAWeek";
    public const string Ago = "ago";
    public const string Yes = "yes";
    public const string No = "no";
    public const string Contradiction = "contradiction";
    public const string RevisitAnswer = "revisitAnswer";
    public const string RevisitSkipped = "revisitSkipped";
    public const string ChangeWhich = "changeWhich";
    public const string ChangeNotFound = "changeNotFound";
    public const string ChangeWhichOfThese = "changeWhichOfThese";
    public const string AnswersUnchanged = "answersUnchanged";
    public const string AnswerKept = "answerKept";
    public const string NothingToChange = "nothingToChange";
    public const string PlanChanged = "planChanged";
    public const string PlanUnchanged = "planUnchanged";
    public const string PlanStatusChanged = "planStatusChanged";
    public const string PlanActionAdded = "planActionAdded";
    public const string PlanActionDropped = "planActionDropped";
    public const string PlanTargetChanged = "planTargetChanged";
    public const string WelcomeBack = "welcomeBack";
    public const string WelcomeBackNamed = "welcomeBackNamed";
    public const string WelcomeBackWhere = "welcomeBackWhere";
    public const string WelcomeBackCarryOn = "welcomeBackCarryOn";
    public const string WelcomeBackPlanReady = "welcomeBackPlanReady";
    public const string WelcomeBackCheckInDue = "welcomeBackCheckInDue";
}
