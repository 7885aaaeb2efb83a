using BoneCoachBot.Coaching;
using BoneCoachBot.Dialogs.Questions;
using BoneCoachBot.Language;
using BoneCoachBot.Script;
using BoneCoachBot.Tests.Conversation;
using Microsoft.Extensions.DependencyInjection;

namespace BoneCoachBot.Tests.Answers;

/// <summary>
/// Every term a question uses, or a woman asks about, has a plain answer in the glossary (dialogs/answers.json and its
/// Spanish overlay); asked at a yes/no question that names the term, it is her question, never a yes.
/// </summary>
public sealed class GlossaryTests(CoachingHost host) : IClassFixture<CoachingHost>
{
    private static readonly DateOnly Today = new(2026, 6, 1);
    private readonly CoachingHost _host = host;

    public static TheoryData<string, string, string> Terms => new()
    {
        { "en-US", "what does prednisolone mean?", "steroids" },
        { "en-US", "what is prednisone", "steroids" },
        { "en-GB", "what's a glucocorticoid?", "steroids" },
        { "en-US", "what is an aromatase inhibitor?", "aromataseInhibitor" },
        { "en-GB", "what is letrozole", "aromataseInhibitor" },
        { "en-US", "what's a T-score?", "tScore" },
        { "en-US", "what is FRAX?", "frax" },
        { "en-US", "what's a DEXA scan?", "dexa" },
        { "en-GB", "what does DXA mean", "dexa" },
        { "en-US", "what is HbA1c?", "hba1c" },
        { "en-US", "what's eGFR?", "egfr" },
        { "en-GB", "what stage of CKD do you mean?", "ckdStage" },
        { "en-US", "what is 25-OH vitamin D?", "vitaminDTest" },
        { "en-US", "what is K2?", "vitaminK2" },
        { "en-GB", "what's osteopenia?", "osteopenia" },
        { "en-US", "what is osteoporosis", "osteopenia" },
        { "en-GB", "what does HRT mean?", "hrt" },
        { "en-US", "what's MHT?", "hrt" },
        { "en-US", "what is a SERM?", "serm" },
        { "en-US", "what are bisphosphonates?", "boneMedicines" },
        { "en-GB", "what's denosumab", "boneMedicines" },
        { "en-US", "what counts as a fragility fracture?", "fragilityFracture" },
        { "en-US", "what is a vertebral fracture?", "vertebralFracture" },
        { "en-GB", "does osteoarthritis count?", "arthritis" },
        { "en-US", "what is hyperparathyroidism?", "thyroid" },
        { "en-GB", "does IBS count?", "gutConditions" },
        { "en-US", "what's a PPI?", "otherMedicines" },
        { "en-GB", "does a hysterectomy count as early menopause?", "earlyMenopause" },
        { "en-US", "how do I measure my waist?", "waistMeasure" },
        { "en-US", "does my steroid inhaler count?", "inhaler" },
        { "en-US", "what is warfarin?", "warfarin" },
        { "es-MX", "¿qué es el Sintrom?", "warfarin" },
        { "es-ES", "¿qué significa prednisolona?", "steroids" },
        { "es-MX", "¿qué son los corticoides?", "steroids" },
        { "es-ES", "¿qué es un inhibidor de la aromatasa?", "aromataseInhibitor" },
        { "es-ES", "¿qué es el T-score?", "tScore" },
        { "es-MX", "¿qué es el FRAX?", "frax" },
        { "es-ES", "¿qué es una densitometría?", "dexa" },
        { "es-MX", "¿qué es la hemoglobina glicada?", "hba1c" },
        { "es-ES", "¿qué es el filtrado glomerular?", "egfr" },
        { "es-ES", "¿qué estadio?", "ckdStage" },
        { "es-MX", "¿qué es la vitamina K2?", "vitaminK2" },
        { "es-ES", "¿qué es la osteopenia?", "osteopenia" },
        { "es-ES", "¿qué es la THS?", "hrt" },
        { "es-MX", "¿qué es el raloxifeno?", "serm" },
        { "es-ES", "¿qué son los bifosfonatos?", "boneMedicines" },
        { "es-MX", "¿cuenta la artrosis?", "arthritis" },
        { "es-ES", "¿el omeprazol cuenta?", "otherMedicines" },
        { "en-GB", "does swimming count?", "swimming" },
        { "en-US", "what about aqua aerobics?", "swimming" },
        { "es-ES", "¿cuenta nadar?", "swimming" },
        { "en-GB", "I do a bit of gardening, does that count?", "gardening" },
        // Found by chatting: it got "I can't answer that one; your clinician can".
        { "en-GB", "I walk the dog most days, does that count?", "walking" },
        { "es-ES", "saco al perro casi todos los días, ¿eso cuenta?", "walking" },
        { "en-US", "what about housework?", "gardening" },
        { "es-ES", "¿cuenta la jardinería?", "gardening" },
        { "en-US", "what should i eat for breakfast?", "eatingForBone" },
        { "en-GB", "what's good to eat for my bones", "eatingForBone" },
        { "es-ES", "¿qué debo comer para desayunar?", "eatingForBone" },
        { "en-US", "is it ok to take my calcium with coffee", "supplementTiming" },
        { "en-GB", "when should i take my vitamin d?", "supplementTiming" },
        { "es-MX", "¿puedo tomar el calcio con el café?", "supplementTiming" },
    };

    [Theory]
    [InlineData("en-US", "can I take my iron tablets at night?", "pharmacist")]
    [InlineData("es-ES", "¿puedo tomar las pastillas de hierro por la noche?", "farmacéutico")]
    [InlineData("en-US", "will it rain tomorrow?", null)]
    public void A_medicine_question_without_an_answer_names_the_pharmacist_and_others_the_clinician(string locale, string message, string? named)
    {
        using var speaking = ScriptLanguage.Use(TurnLanguage.FromLocale(locale));
        var turn = _host.Services.GetRequiredService<QuestionTurn>();
        var open = turn.Guide.Find("steroidTablets")!;

        var decision = turn.Decide(open, message, new Dictionary<string, StoredAnswer>(), new ReadOptions(locale.ToLowerInvariant(), Today));

        Assert.Equal(DecisionKind.CantAnswer, decision.Kind);
        if (named is null)
        {
            Assert.DoesNotContain("pharmacist", decision.Reply, StringComparison.OrdinalIgnoreCase);
        }
        else
        {
            Assert.Contains(named, decision.Reply, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Terms))]
    public void A_term_she_asks_about_gets_its_plain_answer_in_her_language_and_no_answer_is_taken(string locale, string message, string topicId)
    {
        using var speaking = ScriptLanguage.Use(TurnLanguage.FromLocale(locale));
        var turn = _host.Services.GetRequiredService<QuestionTurn>();
        var open = turn.Guide.Find("steroidTablets")!;

        var decision = turn.Decide(open, message, new Dictionary<string, StoredAnswer>(), new ReadOptions(locale.ToLowerInvariant(), Today));

        Assert.Equal(DecisionKind.HerQuestion, decision.Kind);
        Assert.Equal(turn.Guide.Topics.Single(t => t.Id == topicId).Answer, decision.Reply);
    }

    // Found chatting: "I do pilates once a week, does that count?" kept 1 strength session and left her question unanswered.
    // An activity the glossary has no entry for, asked about: what the open question counts, and nothing is kept.
    [Theory]
    [InlineData("en-GB", "strengthSessionsPerWeek", "I do pilates once a week, does that count?", "strength")]
    [InlineData("en-US", "impactDaysPerWeek", "I walk to the shops, would that count?", "impact")]
    [InlineData("es-ES", "strengthSessionsPerWeek", "hago pilates una vez por semana, ¿eso cuenta?", "strength")]
    public void Does_that_count_about_an_activity_the_glossary_does_not_know_gets_what_the_question_counts(string locale, string questionId, string message, string topicId)
        => AssertTopicAnswered(locale, questionId, message, topicId);

    // Found chatting: "no idea what that is" at the steroid question got "choose the closest answer". She asks what the
    // question's own thing is without naming it: the glossary entry the question names answers her, and nothing is kept.
    [Theory]
    [InlineData("en-GB", "steroidTablets", "no idea what that is", "steroids")]
    [InlineData("en-US", "steroidTablets", "what's that?", "steroids")]
    [InlineData("en-GB", "warfarin", "never heard of it", "warfarin")]
    [InlineData("en-US", "tScore", "sorry, I don't know what that means", "tScore")]
    [InlineData("es-ES", "steroidTablets", "no sé qué es eso", "steroids")]
    [InlineData("es-MX", "steroidTablets", "¿qué es eso?", "steroids")]
    public void Asking_what_the_question_means_without_naming_it_gets_the_glossary_entry_the_question_names(string locale, string questionId, string message, string topicId)
        => AssertTopicAnswered(locale, questionId, message, topicId);

    // Her message at the question is her question, answered with the glossary entry, and nothing is kept.
    private void AssertTopicAnswered(string locale, string questionId, string message, string topicId)
    {
        using var speaking = ScriptLanguage.Use(TurnLanguage.FromLocale(locale));
        var turn = _host.Services.GetRequiredService<QuestionTurn>();
        var open = turn.Guide.Find(questionId)!;

        var decision = turn.Decide(open, message, new Dictionary<string, StoredAnswer>(), new ReadOptions(locale.ToLowerInvariant(), Today));

        Assert.Equal(DecisionKind.HerQuestion, decision.Kind);
        Assert.Equal(turn.Guide.Topics.Single(t => t.Id == topicId).Answer, decision.Reply);
    }

    [Theory]
    [InlineData("fallsLastYear", "what if I had a fall on the ice?")]
    [InlineData("thyroidOrCortisolMedicine", "what if I stopped my thyroid tablets")]
    public void A_question_naming_the_thing_asked_about_is_never_a_yes(string questionId, string message)
    {
        var turn = _host.Services.GetRequiredService<QuestionTurn>();
        var open = turn.Guide.Find(questionId)!;

        var decision = turn.Decide(open, message, new Dictionary<string, StoredAnswer>(), new ReadOptions("en-us", Today));

        Assert.NotEqual(DecisionKind.Reading, decision.Kind);
    }

    [Fact]
    public void Every_glossary_answer_says_something_plain_in_both_languages_and_never_prescribes()
    {
        var script = _host.Services.GetRequiredService<ConversationScript>();
        foreach (var language in script.Languages)
        {
            foreach (var topic in script.In(language, AnswerGuide.ScriptName).Topics.Where(t => t.Id != "why"))
            {
                Assert.InRange(topic.Answer.Length, 60, 600);
                Assert.DoesNotMatch(@"(?i)\byou should (take|start|stop)\b|(?<!no se )\bdebe (tomar|empezar|dejar)\b|\byou have (osteoporosis|osteopenia)\b", topic.Answer);
            }
        }
    }
}
