using BoneCoachBot.Tests.Conversation;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace BoneCoachBot.Tests.Answers;

/// <summary>
/// Three women answer in everyday words over /api/messages until their plan: messages sent per question asked must stay at
/// or below 1.15 (she is understood the first time; one message may answer several questions).
/// </summary>
public sealed class ConversationLengthTests(ITestOutputHelper output, CoachingHost host) : IClassFixture<CoachingHost>
{
    private const double MessagesPerQuestionCeiling = 1.15;
    private readonly CoachingHost _host = host;

    [Fact]
    public async Task Three_women_in_everyday_words_reach_their_plan_with_at_most_1_15_messages_per_question()
    {
        var women = new[] { Linda, Margaret, Rosa };
        foreach (var woman in women)
        {
            await woman.ReachPlanAsync(_host.CreateClient());
            output.WriteLine($"{woman.Name}: {woman.MessagesSent} messages for {woman.QuestionsAsked.Count} questions asked = {woman.MessagesPerQuestion:0.00} per question");
        }

        var total = (double)women.Sum(w => w.MessagesSent) / women.Sum(w => w.QuestionsAsked.Count);
        output.WriteLine($"All three: {total:0.00} messages per question asked (ceiling {MessagesPerQuestionCeiling})");
        Assert.All(women, w => Assert.True(w.MessagesPerQuestion <= MessagesPerQuestionCeiling, $"{w.Name}: {w.MessagesPerQuestion:0.00}\n{string.Join("\n", w.Transcript)}"));
    }

    [Fact]
    public async Task What_she_said_in_passing_is_kept_and_her_correction_replaces_the_old_answer()
    {
        await Linda.ReachPlanAsync(_host.CreateClient());
        var margaret = Margaret;
        await margaret.ReachPlanAsync(_host.CreateClient());

        // Margaret's one message about prednisolone answered three questions, none of which was asked again.
        Assert.DoesNotContain("steroidMgPerDay", margaret.QuestionsAsked);
        Assert.DoesNotContain("steroidDuration", margaret.QuestionsAsked);
        Assert.Contains(margaret.Transcript, line => line.StartsWith("bot: Noted: steroid tablets, 5 mg a day, for about 2 years", StringComparison.Ordinal));
        Assert.Contains(margaret.Transcript, line => line.StartsWith("bot: Changed your weight to 58 kg", StringComparison.Ordinal));
    }

    // US English, pounds and feet; three facts in her first answer, a correction and a question of hers.
    private static EverydayWoman Linda => new("Linda", "en-US", new Dictionary<string, string>
    {
        ["urgentNow"] = "no, nothing like that", ["historyScreen"] = "none of those", ["supplementsInUse"] = "just vitamin D",
        ["earlyMenopause"] = "no", ["parentHipFracture"] = "no", ["boneLossConditions"] = "none", ["boneLossMedicines"] = "none",
        ["osteoporosisDiagnosis"] = "no", ["boneMedicine"] = "none", ["fearOfFalling"] = "no", ["fallsCount"] = "once",
        ["fallInjury"] = "no", ["alcoholUnits"] = "about 4", ["warfarin"] = "no", ["age"] = "62, 140 lbs, 5'4", ["lastPeriod"] = "about 10 years ago",
        ["fragilityFracture"] = "nope", ["wristHipRibFractures"] = "none", ["heightLossHistorical"] = "maybe an inch",
        ["heightLossMeasured"] = "no", ["steroidTablets"] = "no", ["rheumatoidArthritis"] = "no", ["kidneyDisease"] = "no",
        ["tScore"] = "never had one", ["fraxMajor"] = "no", ["ethnicity"] = "no",
        ["strengthSessionsPerWeek"] = "twice a week", ["strengthIntensity"] = "moderate", ["impactDaysPerWeek"] = "none",
        ["walkingDaysPerWeek"] = "I walk the dog every day", ["balanceSessionsPerWeek"] = "yoga once a week", ["fallsLastYear"] = "no",
        ["spineFracture"] = "no", ["suddenBackPain"] = "no", ["growingStoop"] = "no",
        ["hormoneTherapy"] = "never", ["hormoneTherapyContraindication"] = "none of these", ["hormoneTherapyQuestion"] = "no thanks",
        ["vitaminDLevel"] = "dunno, never had it tested", ["hba1c"] = "no idea", ["fastingGlucose"] = "no", ["thyroidOrCortisolMedicine"] = "no",
        ["proteinGramsPerDay"] = "no idea", ["proteinMealsPerDay"] = "2", ["collagenSupplement"] = "no",
        ["waist"] = "34 inches", ["sleepHours"] = "about 7 hours", ["sugarAndProcessedFood"] = "some days", ["smoking"] = "never",
        ["alcohol"] = "rarely", ["omega3MgPerDay"] = "I don't take one",
        ["supplementsFocus"] = "not really", ["calciumFoodServingsPerDay"] = "2", ["calciumSupplementMg"] = "none",
        ["vitaminDSupplementIu"] = "1000 IU", ["magnesiumSupplementMg"] = "none", ["vitaminK2"] = "no",
    }, new Dictionary<string, string>
    {
        ["historyScreen"] = "actually I'm 61 not 62",
        ["strengthSessionsPerWeek"] = "what counts as strength training?",
    });

    // British English, stones and feet; prednisolone in one sentence, a correction and a "why".
    private static EverydayWoman Margaret => new("Margaret", "en-GB", new Dictionary<string, string>
    {
        ["urgentNow"] = "no, all fine", ["historyScreen"] = "none", ["supplementsInUse"] = "vitamin D",
        ["earlyMenopause"] = "no", ["parentHipFracture"] = "no", ["boneLossConditions"] = "none", ["boneLossMedicines"] = "none",
        ["osteoporosisDiagnosis"] = "no", ["boneMedicine"] = "none", ["fearOfFalling"] = "no", ["fallsCount"] = "once",
        ["fallInjury"] = "no", ["alcoholUnits"] = "about 4", ["warfarin"] = "no", ["age"] = "I'm 58", ["weight"] = "9 stone 3", ["height"] = "5 foot 3", ["lastPeriod"] = "in 2019",
        ["fragilityFracture"] = "no, never", ["wristHipRibFractures"] = "none", ["heightLossHistorical"] = "none",
        ["heightLossMeasured"] = "not that I know of", ["steroidTablets"] = "I take prednisolone, 5 mg a day, been on it about 2 years",
        ["rheumatoidArthritis"] = "no", ["kidneyDisease"] = "no", ["tScore"] = "-2.1", ["fraxMajor"] = "12%", ["fraxHip"] = "2.5%",
        ["ethnicity"] = "no",
        ["strengthSessionsPerWeek"] = "none", ["impactDaysPerWeek"] = "never", ["walkingDaysPerWeek"] = "most days",
        ["balanceSessionsPerWeek"] = "none", ["fallsLastYear"] = "no", ["spineFracture"] = "not sure", ["suddenBackPain"] = "no",
        ["growingStoop"] = "no",
        ["hormoneTherapy"] = "in the past", ["hormoneTherapyContraindication"] = "none of these", ["hormoneTherapyQuestion"] = "yes please",
        ["vitaminDLevel"] = "50 nmol/L", ["hba1c"] = "not sure", ["fastingGlucose"] = "5.4 mmol/L", ["thyroidOrCortisolMedicine"] = "no",
        ["proteinGramsPerDay"] = "haven't a clue", ["proteinMealsPerDay"] = "two", ["collagenSupplement"] = "no",
        ["waist"] = "82 centimetres", ["sleepHours"] = "7 and a half hours", ["sugarAndProcessedFood"] = "rarely", ["smoking"] = "no, never have",
        ["alcohol"] = "some days", ["omega3MgPerDay"] = "none",
        ["supplementsFocus"] = "no", ["calciumFoodServingsPerDay"] = "3", ["calciumSupplementMg"] = "no, none",
        ["vitaminDSupplementIu"] = "10 micrograms", ["magnesiumSupplementMg"] = "none at all", ["vitaminK2"] = "no",
    }, new Dictionary<string, string>
    {
        ["boneLossConditions"] = "change my weight to 58 kg",
        ["hormoneTherapy"] = "why do you need that?",
    });

    // US English; her glucose given at the HbA1c question, a question about privacy and "I meant" for her weight.
    private static EverydayWoman Rosa => new("Rosa", "en-US", new Dictionary<string, string>
    {
        ["urgentNow"] = "none", ["historyScreen"] = "no", ["supplementsInUse"] = "calcium, vitamin D and magnesium",
        ["earlyMenopause"] = "no", ["parentHipFracture"] = "no", ["boneLossConditions"] = "none", ["boneLossMedicines"] = "none",
        ["osteoporosisDiagnosis"] = "no", ["boneMedicine"] = "none", ["fearOfFalling"] = "no", ["fallsCount"] = "once",
        ["fallInjury"] = "no", ["alcoholUnits"] = "about 4", ["warfarin"] = "no", ["age"] = "sixty-seven", ["weight"] = "about 160 pounds", ["height"] = "5 foot 6", ["lastPeriod"] = "15 years ago",
        ["fragilityFracture"] = "no", ["wristHipRibFractures"] = "0", ["heightLossHistorical"] = "half an inch", ["heightLossMeasured"] = "no",
        ["steroidTablets"] = "nope", ["rheumatoidArthritis"] = "no", ["kidneyDisease"] = "no", ["tScore"] = "I don't know",
        ["fraxMajor"] = "don't know", ["ethnicity"] = "skip",
        ["strengthSessionsPerWeek"] = "once a week", ["strengthIntensity"] = "light", ["impactDaysPerWeek"] = "2-3 days",
        ["walkingDaysPerWeek"] = "every day", ["balanceSessionsPerWeek"] = "tai chi twice a week", ["fallsLastYear"] = "no",
        ["spineFracture"] = "no", ["suddenBackPain"] = "no", ["growingStoop"] = "no",
        ["hormoneTherapy"] = "never", ["hormoneTherapyContraindication"] = "none", ["hormoneTherapyQuestion"] = "no",
        ["vitaminDLevel"] = "32 ng/ml", ["hba1c"] = "fasting glucose 92 mg/dl, don't know the a1c", ["thyroidOrCortisolMedicine"] = "yes, levothyroxine",
        ["proteinMealsPerDay"] = "two", ["proteinGramsPerDay"] = "about 60 grams", ["collagenSupplement"] = "yes",
        ["waist"] = "36 in", ["sleepHours"] = "6 and a half hours", ["sugarAndProcessedFood"] = "most days", ["smoking"] = "no",
        ["alcohol"] = "never", ["omega3MgPerDay"] = "1000 mg",
        ["supplementsFocus"] = "yes", ["calciumFoodServingsPerDay"] = "1", ["calciumSupplementMg"] = "600 mg",
        ["vitaminDSupplementIu"] = "2000 IU", ["magnesiumSupplementMg"] = "200 mg", ["vitaminK2"] = "no",
    }, new Dictionary<string, string>
    {
        ["boneLossConditions"] = "who else sees my answers?",
        ["boneLossMedicines"] = "I meant 150 pounds",
    });
}
