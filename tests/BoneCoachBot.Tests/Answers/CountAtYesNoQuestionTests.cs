using BoneCoachBot.Tests.Conversation;
using static BoneCoachBot.Tests.Support.ScriptTexts;

namespace BoneCoachBot.Tests.Answers;

/// <summary>"Have you fallen in the last 12 months?" answered with how many times (issue 13: "twice" was not taken).</summary>
public sealed class CountAtYesNoQuestionTests(CoachingHost host) : IClassFixture<CoachingHost>
{
    // The falls question is asked on its own when she skips the history list (which would otherwise answer it): the
    // profile with the list skipped, so each question it covers comes one by one (small-fall fracture, height loss,
    // and after the conditions list, T-score, FRAX, a diagnosis, early menopause, a parent's hip), then strength and impact.
    private static readonly string[] BeforeFalls =
    [
        "none of these", "I'm sixty-two", "about 140 pounds", "5 ft 4", "8 years ago", "skip", "no", "none", "no", "none",
        "skip", "skip", "no", "no", "no", "none",
        "none", "none",
    ];

    private readonly CoachingHost _host = host;

    [Theory]
    [InlineData("twice", 2)]
    [InlineData("I fell twice", 2)]
    [InlineData("yes, 3 times", 3)]
    public async Task A_count_at_the_falls_question_is_a_yes_and_the_count_so_how_many_is_not_asked(string answer, int falls)
    {
        var chat = await AtFallsQuestionAsync();

        var reply = await chat.SayAsync(answer);

        var answers = (await StoredState.RecordAsync(_host.Services, chat))!.Answers;
        Assert.True(answers["fallsLastYear"].YesNo);
        Assert.Equal(falls, answers["fallsCount"].Number);
        Assert.DoesNotContain(Ask("loading", "fallsCount"), reply);
        Assert.DoesNotContain(Ask("loading", "fallsLastYear"), reply);
    }

    [Fact]
    public async Task Not_once_keeps_neither_a_yes_nor_a_count()
    {
        var chat = await AtFallsQuestionAsync();

        await chat.SayAsync("not once");

        var answers = (await StoredState.RecordAsync(_host.Services, chat))!.Answers;
        Assert.NotEqual(true, answers.GetValueOrDefault("fallsLastYear")?.YesNo);
        Assert.False(answers.ContainsKey("fallsCount"));
    }

    private async Task<Chat> AtFallsQuestionAsync()
    {
        var chat = new Chat(_host.CreateClient());
        await chat.JoinAsync();
        var reply = await chat.AnswerAllAsync(Personas.Consent.Concat(BeforeFalls));
        Assert.Equal(Ask("loading", "fallsLastYear"), reply[^1]);
        return chat;
    }
}
