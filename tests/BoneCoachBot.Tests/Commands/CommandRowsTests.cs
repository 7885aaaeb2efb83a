using BoneCoachBot.Tests.Conversation;
using BoneCoachBot.Tests.Support;
using static BoneCoachBot.Tests.Support.ScriptTexts;

namespace BoneCoachBot.Tests.Commands;

/// <summary>
/// Every command, as she might type it, in every place she can be: (where she is, what she types, how each reply
/// begins). A place is a record seeded into storage (<see cref="SeededRecords"/>), not a replay of her answers.
/// "help", "why", "back", "skip" and "cancel" mean the same at an onboarding question, in a layer and in a check-in.
/// </summary>
public sealed class CommandRowsTests(CoachingHost host) : IClassFixture<CoachingHost>
{
    public const string FirstQuestion = "at the first question";
    public const string Onboarding = "at an onboarding question";
    public const string Layer = "in a layer";
    public const string AfterPlan = "after the plan";
    public const string CheckIn = "in a check-in";

    private static readonly string Help = ScriptTexts.Script["commands"].Commands.First(c => c.Id == "help").Reply
        ?? throw new InvalidOperationException("The help command has no reply in dialogs/commands.json.");
    private static readonly string Thanks = ScriptTexts.Script["commands"].Commands.First(c => c.Id == "thanks").Reply
        ?? throw new InvalidOperationException("The thanks command has no reply in dialogs/commands.json.");
    private static readonly string UrgentNow = Ask("onboarding", "urgentNow");
    private static readonly string LastPeriod = Ask("onboarding", "lastPeriod");
    private static readonly string Intensity = Ask("loading", "strengthIntensity");
    private static readonly string ImpactDays = Ask("checkin", "impactDays");
    private static readonly string Cancelled = Text("commands", "cancelled");
    private static readonly string ForgetConfirm = Text("commands", "forgetConfirm");
    private static readonly string RestartConfirm = Text("commands", "restartConfirm");
    private static readonly string NoQuestionOpen = Text("commands", "noQuestionOpen");
    private static readonly string CheckInsLater = Text("commands", "checkInsLater");
    private static readonly string KnownHeader = Text("commands", "knownHeader");
    private static readonly string PlanLead = Text("plan", "card.lead");
    private static readonly string SummaryMessage = Text("plan", "summary.message");
    private static readonly string NoCheckIns = Text("checkin", "noCheckIns");

    public static TheoryData<string, string, string[]> Rows => new()
    {
        // Consent given, nothing answered: the urgent-symptoms question, which needs an answer.
        { FirstQuestion, "help", [Help, UrgentNow] },
        { FirstQuestion, "why?", [Why("onboarding", "urgentNow"), UrgentNow] },
        { FirstQuestion, "back", [Text("commands", "noBack"), UrgentNow] },
        { FirstQuestion, "skip", [Text("commands", "notOptional"), UrgentNow] },
        { FirstQuestion, "cancel", [Cancelled] },
        { FirstQuestion, "restart", [Text("onboarding", "intro"), UrgentNow] },
        { FirstQuestion, "my plan", [NotYet("planNotYet", "onboarding"), UrgentNow] },
        { FirstQuestion, "progress", [CheckInsLater, UrgentNow] },
        { FirstQuestion, "check in", [CheckInsLater, UrgentNow] },
        { FirstQuestion, "summary", [NotYet("summaryNotYet", "onboarding"), UrgentNow] },
        { FirstQuestion, "what do you know about me", [Text("commands", "knownNothing"), UrgentNow] },
        { FirstQuestion, "forget me", [ForgetConfirm] },
        { FirstQuestion, "change my answers", [Text("commands", "nothingToChange"), UrgentNow] },
        { FirstQuestion, "fine-tune", [Text("commands", "fineTuneLater"), UrgentNow] },

        // Four profile answers in: her last period, an optional question after her height.
        { Onboarding, "help", [Help, LastPeriod] },
        { Onboarding, "why do you ask", [Why("onboarding", "lastPeriod"), LastPeriod] },
        { Onboarding, "why do you need my weight?", [Why("onboarding", "weight"), LastPeriod] },
        { Onboarding, "why do you ask about steroids?", [Why("onboarding", "steroidTablets"), LastPeriod] },
        // Found chatting: "what does menopause have to do with it?" got "I can't answer that one; your clinician can."
        { Onboarding, "what does menopause have to do with it?", [Why("onboarding", "lastPeriod"), LastPeriod] },
        { Onboarding, "how is that relevant?", [Why("onboarding", "lastPeriod"), LastPeriod] },
        // Found in the review's chat: "what does that matter?" got "I can't answer that one; your clinician can."
        { Onboarding, "what does that matter?", [Why("onboarding", "lastPeriod"), LastPeriod] },
        { Onboarding, "previous question", [Revisit("162.6 cm"), Ask("onboarding", "height")] },
        { Onboarding, "skip this one", [Ask("onboarding", "historyScreen")] },
        { Onboarding, "cancel", [Cancelled] },
        { Onboarding, "start over", [RestartConfirm] },
        { Onboarding, "Show my plan", [NotYet("planNotYet", "onboarding"), LastPeriod] },
        { Onboarding, "What do you know about me", [KnownHeader, LastPeriod] },

        // Her profile done, strength training twice a week: the loading layer's optional intensity question.
        { Layer, "help", [Help, Intensity] },
        { Layer, "why?", [Why("loading", "strengthIntensity"), Intensity] },
        { Layer, "why do you ask about falls?", [Why("loading", "fallsCount"), Intensity] },
        { Layer, "why do you need that?", [Why("loading", "strengthIntensity"), Intensity] },
        { Layer, "go back", [Revisit("2 times a week"), Ask("loading", "strengthSessionsPerWeek")] },
        { Layer, "skip", [Ask("loading", "impactDaysPerWeek")] },
        { Layer, "cancel", [Cancelled] },
        { Layer, "start over", [RestartConfirm] },
        { Layer, "show my plan", [NotYet("planNotYet", "loading"), Intensity] },
        { Layer, "progress", [CheckInsLater, Intensity] },
        { Layer, "check in", [CheckInsLater, Intensity] },
        { Layer, "doctor summary", [NotYet("summaryNotYet", "loading"), Intensity] },
        { Layer, "what do you know about me", [KnownHeader, Intensity] },
        { Layer, "forget me", [ForgetConfirm] },
        { Layer, "I want to change an answer", [Text("commands", "changeWhich")] },
        { Layer, "fine tune my plan", [Text("commands", "fineTuneLater"), Intensity] },

        // The first pass done and the plan made, back in a new conversation: no question open.
        { AfterPlan, "help", [Help] },
        { AfterPlan, "why", [NoQuestionOpen] },
        { AfterPlan, "back", [NoQuestionOpen] },
        { AfterPlan, "skip", [NoQuestionOpen] },
        { AfterPlan, "cancel", [Text("commands", "nothingToCancel")] },
        { AfterPlan, "restart", [RestartConfirm] },
        { AfterPlan, "my plan", [PlanLead] },
        { AfterPlan, "progress", [NoCheckIns] },
        { AfterPlan, "check in", [Text("checkin", "intro"), Ask("checkin", "strengthSessions")] },
        { AfterPlan, "summary", [SummaryMessage] },
        { AfterPlan, "what do you know about me", [KnownHeader] },
        { AfterPlan, "forget me", [ForgetConfirm] },
        { AfterPlan, "change my answers", [Text("commands", "changeWhich")] },
        { AfterPlan, "fine-tune", [Text("commands", "fineTuneWhich")] },
        { AfterPlan, "thanks so much!", [Thanks] },
        { FirstQuestion, "thank you", [Thanks, UrgentNow] },
        { CheckIn, "cheers", [Thanks, ImpactDays] },

        // A weekly check-in, its first question answered: at the impact-days question.
        { CheckIn, "help", [Help, ImpactDays] },
        { CheckIn, "why", [Why("checkin", "impactDays"), ImpactDays] },
        { CheckIn, "back", [Ask("checkin", "strengthSessions")] },
        { CheckIn, "skip", [Ask("checkin", "balanceSessions")] },
        { CheckIn, "cancel", [Cancelled] },
        { CheckIn, "restart", [RestartConfirm] },
        { CheckIn, "my plan", [PlanLead, ImpactDays] },
        { CheckIn, "progress", [NoCheckIns, ImpactDays] },
        { CheckIn, "summary", [SummaryMessage, ImpactDays] },
        { CheckIn, "what do you know about me", [KnownHeader, ImpactDays] },
        { CheckIn, "forget me", [ForgetConfirm] },
        { CheckIn, "check in", [Text("commands", "checkInFirst"), ImpactDays] },
        { CheckIn, "fine-tune", [Text("commands", "checkInFirst"), ImpactDays] },

        // "what did you say?" got "I can't answer that one; your clinician can": the open question again, wherever she is.
        { FirstQuestion, "what did you say?", [UrgentNow] },
        { Onboarding, "pardon?", [LastPeriod] },
        { Layer, "sorry, what was the question?", [Intensity] },
        { CheckIn, "can you repeat that?", [ImpactDays] },
        { AfterPlan, "what did you say?", [NoQuestionOpen] },
        // Found reading the wording keys: a "why" the FAQ answers with a question's reason, asked with none open, got
        // "Sorry, something went wrong". The question she names answers it; with none named, nothing is open.
        { AfterPlan, "why do you need my weight?", [Why("onboarding", "weight")] },
        { AfterPlan, "what's that for?", [NoQuestionOpen] },
    };

    public static TheoryData<string> QuestionPlaces => new() { FirstQuestion, Onboarding, Layer, CheckIn };

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task A_command_gets_the_replies_its_place_calls_for(string place, string words, string[] expected)
    {
        var chat = await OpenAsync(place);

        var reply = await chat.SayAsync(words);

        // Each reply shown as the expected beginning it has, else in full: a mismatch prints what she got.
        Assert.Equal(expected, reply.Select((text, i) => i < expected.Length && text.StartsWith(expected[i], StringComparison.Ordinal) ? expected[i] : text));
    }

    [Theory]
    [MemberData(nameof(QuestionPlaces))]
    public async Task Cancel_leaves_no_question_open(string place)
    {
        var chat = await OpenAsync(place);

        await chat.SayAsync("cancel");
        var why = await chat.SayAsync("why");

        Assert.Equal([NoQuestionOpen], why);
    }

    private async Task<Chat> OpenAsync(string place)
    {
        switch (place)
        {
            case FirstQuestion:
                return await ChatAt.SeededAsync(host, SeededRecords.Consented());
            case Onboarding:
                return await ChatAt.SeededAsync(host, SeededRecords.AtLastPeriod());
            case Layer:
                return await ChatAt.SeededAsync(host, SeededRecords.AtIntensity());
            case AfterPlan:
                return await ChatAt.SeededAsync(host, SeededRecords.WithPlan(), SeededRecords.AfterPlanCheckIns());
            default:
                var chat = await ChatAt.SeededAsync(host, SeededRecords.WithPlan(), SeededRecords.AfterPlanCheckIns());
                await chat.AnswerAllAsync(["check in", "2"]);
                return chat;
        }
    }

    private static string NotYet(string key, string part) => Text("commands", key).Replace("{title}", ScriptTexts.Script[part].Title, StringComparison.Ordinal);

    private static string Revisit(string answer) => Text("commands", "revisitAnswer").Replace("{answer}", answer, StringComparison.Ordinal);
}
