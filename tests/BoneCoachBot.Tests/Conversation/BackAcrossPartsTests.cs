using static BoneCoachBot.Tests.Support.ScriptTexts;

namespace BoneCoachBot.Tests.Conversation;

/// <summary>"back" steps across parts: from a layer's first question to the last question of the part before.</summary>
public sealed class BackAcrossPartsTests(CoachingHost host) : IClassFixture<CoachingHost>
{
    private readonly CoachingHost _host = host;

    private static string Revisit(string answer) => Text("commands", "revisitAnswer").Replace("{answer}", answer, StringComparison.Ordinal);

    /// <summary>At the loading layer's first question, every profile question answered; the last one asked is the medicines list.</summary>
    private async Task<Chat> AtFirstLoadingQuestionAsync()
    {
        var chat = new Chat(_host.CreateClient());
        await chat.JoinAsync();
        var reply = await chat.AnswerAllAsync(Personas.Consent.Concat(Personas.Onboarding));
        Assert.Equal(Ask("loading", "strengthSessionsPerWeek"), reply[^1]);
        return chat;
    }

    [Fact]
    public async Task Back_at_a_layers_first_question_asks_the_last_profile_question_showing_her_answer()
    {
        var chat = await AtFirstLoadingQuestionAsync();
        var given = (await StoredState.RecordAsync(_host.Services, chat))!.Answers["boneLossMedicines"].Readable;

        var reply = await chat.SayAsync("go back");

        // Not boneMedicine, the last profile question in the script: its gate (a bone medicine in the list) is closed.
        Assert.Equal([Revisit(given), Ask("onboarding", "boneLossMedicines")], reply);
    }

    [Fact]
    public async Task Keep_leaves_her_answer_as_it_was_and_the_conversation_goes_on_where_it_was()
    {
        var chat = await AtFirstLoadingQuestionAsync();
        var before = (await StoredState.RecordAsync(_host.Services, chat))!.Answers["boneLossMedicines"];
        await chat.SayAsync("back");

        var reply = await chat.SayAsync("keep it");
        var answered = await chat.SayAsync("twice a week");

        Assert.Equal(Ask("loading", "strengthSessionsPerWeek"), reply[^1]);
        Assert.Equal(Ask("loading", "strengthIntensity"), answered[^1]);
        var record = await StoredState.RecordAsync(_host.Services, chat);
        Assert.Equal(before.Readable, record!.Answers["boneLossMedicines"].Readable);
        Assert.Contains("onboarding", record.CompletedParts);
    }

    [Fact]
    public async Task Back_twice_reaches_the_question_before_and_after_her_answer_she_is_back_where_she_was()
    {
        var chat = await AtFirstLoadingQuestionAsync();
        await chat.SayAsync("back");

        var second = await chat.SayAsync("previous question");
        var changed = await chat.SayAsync("rheumatoid arthritis");

        Assert.Equal(Ask("onboarding", "boneLossConditions"), second[^1]);
        Assert.StartsWith("Last time you said", second[0], StringComparison.Ordinal);
        // The answers in between stand, as after "back" within a part: she returns to the question she left.
        Assert.Equal(Ask("loading", "strengthSessionsPerWeek"), changed[^1]);
        var record = await StoredState.RecordAsync(_host.Services, chat);
        Assert.Equal(["rheumatoidArthritis"], record!.Answers["boneLossConditions"].Choices);
        Assert.True(record.Answers["rheumatoidArthritis"].YesNo);
    }

    [Fact]
    public async Task A_new_answer_at_the_previous_parts_question_is_stored_and_the_next_layer_begins_again()
    {
        var chat = new Chat(_host.CreateClient());
        await chat.JoinAsync();
        // Onboarding with an age, then the loading layer ends at its first question.
        await chat.AnswerAllAsync(Personas.Consent.Concat(Personas.Onboarding).Concat(Personas.Loading));
        var atHormones = chat.Transcript[^1];
        Assert.Equal("bot: " + Ask("hormones", "hormoneTherapy"), atHormones);

        var back = await chat.SayAsync("back");
        var answered = await chat.SayAsync("3 days");

        // The history list answered the falls, fracture and back questions that close the layer: the last one asked is impact.
        Assert.Equal(Ask("loading", "impactDaysPerWeek"), back[^1]);
        Assert.Equal(Ask("hormones", "hormoneTherapy"), answered[^1]);
        var record = await StoredState.RecordAsync(_host.Services, chat);
        Assert.Equal(3, record!.Answers["impactDaysPerWeek"].Number);
    }

    [Fact]
    public async Task Back_after_a_correction_still_steps_into_the_previous_part()
    {
        var chat = await AtFirstLoadingQuestionAsync();
        await chat.SayAsync("actually I'm 61");

        var reply = await chat.SayAsync("back");

        Assert.Equal(Ask("onboarding", "boneLossMedicines"), reply[^1]);
        Assert.Equal(61, (await StoredState.RecordAsync(_host.Services, chat))!.Answers["age"].Number);
    }
}
