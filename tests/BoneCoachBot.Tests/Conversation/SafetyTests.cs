using BoneCoach.Assessment;
using BoneCoachBot.Wording;
using Microsoft.Extensions.DependencyInjection;
using static BoneCoachBot.Tests.Support.ScriptTexts;

namespace BoneCoachBot.Tests.Conversation;

public sealed class SafetyTests(CoachingHost host) : IClassFixture<CoachingHost>
{
    private readonly CoachingHost _host = host;

    private ICoachingMessages Messages => _host.Services.GetRequiredService<ICoachingMessages>();

    [Fact]
    public async Task A_fragility_fracture_is_referred_to_a_clinician_at_once_and_the_questions_go_on()
    {
        var chat = await ChatAt.OnboardingAsync(_host);
        await chat.AnswerAllAsync(Personas.Onboarding.Take(5));

        var reply = await chat.SayAsync("a broken bone from a small fall");

        var expected = Messages.RedFlagNotice(RedFlags.Detect(new Profile { LowTraumaFractureAfter50 = true }, new LayerAnswers()));
        Assert.Equal([expected, Ask("onboarding", "steroidTablets")], reply);
    }

    [Fact]
    public async Task A_red_flag_is_told_once_not_after_every_later_answer()
    {
        var chat = await ChatAt.OnboardingAsync(_host);
        await chat.AnswerAllAsync(Personas.Onboarding.Take(5).Append("a broken bone from a small fall"));

        var next = await chat.SayAsync("no");

        Assert.Equal([Ask("onboarding", "boneLossConditions")], next);
    }

    // Once she is safe the screen has had its answer: asked again, a symptom still true of her ("A fall, maybe broken")
    // raised the same alarm again, and only denying it let her on.
    [Fact]
    public async Task Urgent_symptoms_get_the_emergency_wording_alone_and_once_she_is_safe_the_profile_begins()
    {
        var chat = await ChatAt.OnboardingAsync(_host);

        var reply = await chat.SayAsync("chest pain");
        var later = await chat.SayAsync("I'm ok now");

        Assert.Equal([Text("safety", "emergency").Replace("{emergency}", "911", StringComparison.Ordinal)], reply);
        Assert.Equal(Ask("onboarding", "age"), later[^1]);
        Assert.Equal("none", (await StoredState.RecordAsync(_host.Services, chat))!.Answers["urgentNow"].Choice);
    }

    [Fact]
    public async Task Long_term_steroid_tablets_are_flagged_from_the_dose_and_the_months()
    {
        var chat = await ChatAt.OnboardingAsync(_host);
        await chat.AnswerAllAsync(Personas.Onboarding.Take(6).Append("yes").Append("10 mg"));

        var reply = await chat.SayAsync("2 years");

        var flags = RedFlags.Detect(new Profile { OralGlucocorticoidPrednisoloneMgPerDay = 10, OralGlucocorticoidMonths = 24 }, new LayerAnswers());
        Assert.Equal([Messages.RedFlagNotice(flags), Ask("onboarding", "boneLossConditions")], reply);
    }

    [Fact]
    public async Task Three_unusable_answers_offer_skip_instead_of_asking_forever()
    {
        var chat = await ChatAt.OnboardingAsync(_host);
        await chat.AnswerAllAsync(["none of these"]);

        // The first miss gets the answers layer's own reply; the prompt then counts three more.
        await chat.SayAsync("banana");
        await chat.SayAsync("banana");
        await chat.SayAsync("banana");
        var third = await chat.SayAsync("banana");
        var offered = chat.Activities[^1].GetProperty("suggestedActions").GetProperty("actions").EnumerateArray()
            .Select(a => a.GetProperty("value").GetString()).ToList();
        var skipped = await chat.SayAsync("skip");

        Assert.Equal([Text("commands", "gaveUp"), Ask("onboarding", "age")], third);
        Assert.Equal(["skip", "help"], offered);
        Assert.Equal([Ask("onboarding", "weight")], skipped);
        var record = await StoredState.RecordAsync(_host.Services, chat);
        Assert.True(record!.Answers["age"].Skipped);
    }

    [Fact]
    public async Task Skip_said_three_times_on_a_required_question_leads_to_the_relaxed_round()
    {
        var chat = await ChatAt.OnboardingAsync(_host);
        await chat.AnswerAllAsync(["none of these"]);

        var first = await chat.SayAsync("skip");
        await chat.SayAsync("skip");
        var third = await chat.SayAsync("skip");
        var offered = chat.Activities[^1].GetProperty("suggestedActions").GetProperty("actions").EnumerateArray()
            .Select(a => a.GetProperty("value").GetString()).ToList();

        Assert.Equal([Text("commands", "notOptional"), Ask("onboarding", "age")], first);
        Assert.Equal([Text("commands", "notOptional"), Text("commands", "gaveUp"), Ask("onboarding", "age")], third);
        Assert.Equal(["skip", "help"], offered);
    }
}
