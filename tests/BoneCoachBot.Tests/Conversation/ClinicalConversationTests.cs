using BoneCoach.Assessment;
using BoneCoachBot.Wording;
using BoneCoachBot.Coaching;
using Microsoft.Extensions.DependencyInjection;
using static BoneCoachBot.Tests.Support.ScriptTexts;

namespace BoneCoachBot.Tests.Conversation;

/// <summary>
/// Issue 13: whole conversations over HTTP for the women the clinical review worried about, with the plan she is shown
/// read for safety, and the clinician summary agreeing with it.
/// </summary>
public sealed class ClinicalConversationTests(CoachingHost host) : IClassFixture<CoachingHost>
{
    private readonly CoachingHost _host = host;

    private ICoachingMessages Messages => _host.Services.GetRequiredService<ICoachingMessages>();

    private static string Plan(string key) => Text("plan", key);

    [Fact]
    public async Task A_faller_is_sent_for_a_falls_assessment_and_her_plan_puts_strength_and_balance_first_with_no_jumps()
    {
        var (chat, result, plan) = await ToPlanAsync(ClinicalPersonas.Faller);

        var record = (await StoredState.RecordAsync(_host.Services, chat))!;
        Assert.Equal(2, record.Answers["fallsCount"].Number);
        Assert.True(record.Answers["fallInjury"].YesNo);
        Assert.Contains(result.RedFlags, f => f.Code == RedFlagCode.FallsAssessment);
        Assert.Contains(Plan("redFlag.fallsAssessment"), plan);
        Assert.Contains(Plan("action.strengthAndBalanceFirst.title"), plan);
        Assert.Contains("no jumping until your balance is steady", plan);
        Assert.Contains("Balance practice at least twice a week", plan);
        Assert.DoesNotContain(Plan("action.addImpactOnMostDays.title"), plan);
        Assert.DoesNotContain("small jumps", plan);
        Assert.DoesNotContain("a weight you can lift only about", plan);
    }

    [Fact]
    public async Task A_beginner_starts_with_8_to_12_reps_and_hears_that_5_by_5_comes_after_the_lead_in_with_a_coach()
    {
        var (_, _, plan) = await ToPlanAsync(ClinicalPersonas.Beginner);

        var step = Line(plan, Plan("action.startStrengthTraining.title"));
        Assert.Contains("1 to 3 sets of 8 to 12 repetitions", step);
        Assert.DoesNotContain("a weight you can lift only about", step);
        Assert.Contains(Plan("note.heavyLiftingComesAfterTheLeadIn"), plan);
    }

    [Fact]
    public async Task A_woman_with_a_spine_fracture_is_referred_keeps_brisk_walking_as_her_impact_and_never_hears_walking_is_not_enough()
    {
        var (chat, result, plan) = await ToPlanAsync(ClinicalPersonas.SpineFracture);

        Assert.Contains(result.RedFlags, f => f.Code == RedFlagCode.KnownVertebralFracture);
        Assert.Contains(Plan("redFlag.knownVertebralFracture"), plan);
        Assert.Contains(Plan("action.keepImpactToBriskWalking.title"), plan);
        Assert.Contains(Plan("action.avoidLoadedForwardBending.title"), plan);
        Assert.Contains(Plan("action.startWithPhysiotherapist.title"), plan);
        Assert.DoesNotContain(Plan("note.walkingAloneIsNotEnough"), plan);
        Assert.DoesNotContain(Plan("action.addImpactOnMostDays.title"), plan);
        Assert.DoesNotContain("a weight you can lift only about", plan);
        Assert.DoesNotContain(Plan("referral.paused"), chat.Joined);
    }

    [Fact]
    public async Task Stage_4_kidney_disease_is_referred_and_her_plan_never_raises_protein_or_minerals()
    {
        var (_, result, plan) = await ToPlanAsync(ClinicalPersonas.KidneyStage4);

        var flag = Assert.Single(result.RedFlags, f => f.Code == RedFlagCode.SevereKidneyDisease);
        Assert.Equal([Layer.Substrate, Layer.Minerals], flag.StopsCoaching);
        Assert.Contains(Plan("redFlag.severeKidneyDisease"), plan);
        // Named first, with her other clinician topics, not only inside the protein and minerals rows.
        Assert.Contains(Plan("redFlag.severeKidneyDisease"), plan[..plan.IndexOf(Plan("layerName.loading"), StringComparison.Ordinal)]);
        Assert.DoesNotContain(Plan("action.raiseProtein.title"), plan);
        Assert.DoesNotContain(Plan("action.keepProtein.title"), plan);
        Assert.DoesNotContain(Plan("action.reachCalciumRda.title"), plan);
        Assert.DoesNotContain(Plan("action.reachVitaminDRda.title"), plan);
        Assert.DoesNotContain(Plan("action.reachMagnesiumRda.title"), plan);
    }

    [Fact]
    public async Task Yes_stage_4_in_one_message_is_kept_as_stage_4_kidney_disease_not_stage_not_known()
    {
        var (chat, result, _) = await ToPlanAsync(ClinicalPersonas.KidneyStage4);

        var record = (await StoredState.RecordAsync(_host.Services, chat))!;
        Assert.Equal("stage4or5", record.Answers["kidneyDisease"].Choice);
        Assert.Contains(result.RedFlags, f => f.Code == RedFlagCode.SevereKidneyDisease);
    }

    [Fact]
    public async Task A_T_score_of_minus_2_8_keeps_strength_balance_and_posture_coaching_led_by_a_physiotherapist()
    {
        var (chat, result, plan) = await ToPlanAsync(ClinicalPersonas.TScoreMinus2Point8);

        Assert.Contains(result.RedFlags, f => f.Code == RedFlagCode.OsteoporosisTScore);
        Assert.Contains(result.RedFlags, f => f.Code == RedFlagCode.BoneMedicine);
        Assert.False(result.IsReferred(Layer.Loading));
        Assert.Contains("T-score of -2.8", plan);
        // On a bone medicine with 800 IU of vitamin D: nothing may read as a reason to take less.
        Assert.DoesNotContain("above the reference intake", chat.Joined);
        Assert.Contains("strength, balance and posture exercises a physiotherapist sets up for you", Line(plan, Plan("action.startStrengthTraining.title")));
        Assert.Contains(Plan("action.startWithPhysiotherapist.title"), plan);
        Assert.Contains(Plan("action.keepImpactToBriskWalking.title"), plan);
        Assert.Contains(Plan("action.avoidLoadedForwardBending.title"), plan);
        Assert.DoesNotContain(Plan("action.addImpactOnMostDays.title"), plan);
    }

    [Fact]
    public async Task When_loading_pauses_for_a_clinician_the_plan_keeps_what_is_safe_and_the_feedback_never_says_start_there()
    {
        var (chat, result, plan) = await ToPlanAsync(ClinicalPersonas.SuddenBackPain);

        Assert.True(result.IsReferred(Layer.Loading));
        Assert.Contains(Plan("action.keepMovingGentlyUntilSeen.title"), plan);
        Assert.Contains(Text("feedback", "layer.loading.referred"), chat.Joined);
        Assert.DoesNotContain(Text("feedback", "layer.loading.priority"), chat.Joined);
        Assert.DoesNotContain(Text("feedback", "layer.loading.needsWork"), chat.Joined);
    }

    [Fact]
    public async Task When_she_asked_and_nothing_contraindicates_it_the_plan_mentions_hormone_therapy()
    {
        var (chat, _, before) = await ToPlanAsync(ClinicalPersonas.Beginner);
        await chat.SayAsync("no");

        // Whether to mention hormone therapy is a question for later: fine-tune asks it, and the plan is shown again.
        await chat.AnswerAllAsync(ClinicalPersonas.AsksAboutHormoneTherapy);
        var record = (await StoredState.RecordAsync(_host.Services, chat))!;
        var plan = Messages.PlanText(CoachingInputs.From(record, Support.ScriptTexts.Script).Assess());

        Assert.DoesNotContain(Plan("action.discussHormoneTherapyWithClinician.title"), before);
        Assert.Contains(Plan("action.discussHormoneTherapyWithClinician.title"), plan);
        Assert.Contains(chat.Transcript, line => line == "bot: " + Text("commands", "planChanged") + "\n- " + Text("commands", "planActionAdded").Replace("{action}", Plan("action.discussHormoneTherapyWithClinician.title"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_plan_says_once_that_bone_medicines_are_the_clinicians_call_and_it_works_alongside_them()
    {
        var (chat, _, plan) = await ToPlanAsync(ClinicalPersonas.Beginner);

        var medicines = Plan("card.medicines");
        Assert.NotEqual(-1, plan.IndexOf(medicines, StringComparison.Ordinal));
        Assert.Equal(plan.IndexOf(medicines, StringComparison.Ordinal), plan.LastIndexOf(medicines, StringComparison.Ordinal));
        Assert.DoesNotContain("What pushes back the most", chat.Joined);
    }

    [Theory]
    [InlineData(nameof(ClinicalPersonas.Beginner))]
    [InlineData(nameof(ClinicalPersonas.Faller))]
    [InlineData(nameof(ClinicalPersonas.SpineFracture))]
    [InlineData(nameof(ClinicalPersonas.KidneyStage4))]
    [InlineData(nameof(ClinicalPersonas.TScoreMinus2Point8))]
    public async Task The_clinician_summary_and_the_plan_agree(string persona)
    {
        var answers = (IEnumerable<string>)typeof(ClinicalPersonas).GetProperty(persona)!.GetValue(null)!;
        var (chat, result, plan) = await ToPlanAsync(answers);

        var record = (await StoredState.RecordAsync(_host.Services, chat))!;
        var summary = Squashed(BoneCoachBot.Commands.SummaryCommand.Render(record, _host.Clock, Messages.SummaryWording));
        foreach (var flag in result.RedFlags)
        {
            Assert.Contains(Plan(WordingKeys.RedFlag(flag.Code)).Split('{')[0], plan);
            Assert.Contains(flag.Code.ToString().ToLowerInvariant(), summary);
        }

        foreach (var action in result.Plan.Actions.Concat(result.Plan.KeepDoing))
        {
            Assert.Contains(Plan(WordingKeys.ActionTitle(action.Code)), plan);
            Assert.Contains(action.Code.ToString().ToLowerInvariant(), summary);
        }
    }

    // The summary writes codes as words ("Known vertebral fracture"); letters and digits only compare the two.
    private static string Squashed(string text) => new(text.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).ToArray());

    [Fact]
    public async Task Steroid_tablets_with_the_dose_unknown_are_referred_once_she_has_had_the_chance_to_give_it()
    {
        var chat = await ChatAt.OnboardingAsync(_host);
        await chat.AnswerAllAsync(Personas.Onboarding.Take(6));

        var afterYes = await chat.SayAsync("yes");
        await chat.SayAsync("skip");
        var afterDuration = await chat.SayAsync("skip");

        Assert.Equal([Ask("onboarding", "steroidMgPerDay")], afterYes);
        Assert.Contains(afterDuration, line => line.Contains(Plan("redFlag.oralGlucocorticoidsDoseUnknown").Split('(')[0].Trim(), StringComparison.Ordinal));
    }

    private static string Line(string text, string containing) =>
        text.Split('\n').Single(line => line.Contains(containing, StringComparison.Ordinal));

    // To the plan over HTTP; the plan is read as she gets it (the card's spoken text, the whole plan in words).
    private async Task<(Chat Chat, AssessmentResult Result, string Plan)> ToPlanAsync(IEnumerable<string> answers)
    {
        var chat = new Chat(_host.CreateClient());
        await chat.JoinAsync();

        var last = await chat.AnswerAllAsync(answers);

        // After the plan, a weekly reminder is offered as a question; then the summary.
        Assert.StartsWith("Shall I remind you to check in every ", last[^1], StringComparison.Ordinal);
        Assert.Equal([Text("reminders", "proposalDeclined"), Text("commands", "summaryOffer")], await chat.SayAsync("no thanks"));
        var record = (await StoredState.RecordAsync(_host.Services, chat))!;
        var result = CoachingInputs.From(record, Support.ScriptTexts.Script).Assess();
        var card = chat.Activities.Last(PlanCards.IsPlan);
        var spoken = card.GetProperty("speak").GetString()!;
        Assert.Equal(Messages.PlanText(result).Replace("**", string.Empty, StringComparison.Ordinal).Replace("> ", string.Empty, StringComparison.Ordinal), spoken);
        return (chat, result, spoken);
    }
}
