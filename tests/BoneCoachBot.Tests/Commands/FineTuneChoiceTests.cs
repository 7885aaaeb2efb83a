using BoneCoachBot.Tests.Conversation;
using BoneCoachBot.Tests.Support;
using static BoneCoachBot.Tests.Support.ScriptTexts;

namespace BoneCoachBot.Tests.Commands;

/// <summary>
/// "Which part shall we sharpen?" after "fine-tune": an answer that names no part gets a retry that helps, not the
/// question word for word; "not now" or "no idea" leaves kindly; and the turn never ends in silence.
/// </summary>
public sealed class FineTuneChoiceTests(CoachingHost host) : IClassFixture<CoachingHost>
{
    private static readonly string Which = Text("commands", "fineTuneWhich");
    private static readonly string Retry = Text("commands", "fineTuneRetry");
    private static readonly string NotNow = Text("commands", "fineTuneNotNow");

    [Fact]
    public async Task An_answer_naming_no_part_gets_a_retry_that_says_how_to_answer()
    {
        var chat = await AtWhichPartAsync();

        var reply = await chat.SayAsync("about 34 inches round the middle");

        Assert.StartsWith(Retry, Assert.Single(reply), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not now")]
    [InlineData("no idea")]
    [InlineData("skip")]
    public async Task Leaving_without_a_part_is_answered_and_ends_fine_tuning(string words)
    {
        var chat = await AtWhichPartAsync();

        var reply = await chat.SayAsync(words);

        Assert.Equal([NotNow], reply);
        Assert.Equal([Text("commands", "noQuestionOpen")], await chat.SayAsync("why"));
    }

    [Fact]
    public async Task Three_answers_naming_no_part_end_with_a_word_not_silence()
    {
        var chat = await AtWhichPartAsync();

        await chat.SayAsync("about 34 inches round the middle");
        await chat.SayAsync("a glass of wine most evenings");
        var third = await chat.SayAsync("hmm");

        Assert.Equal([NotNow], third);
    }

    [Fact]
    public async Task A_part_named_in_her_words_starts_its_questions()
    {
        var chat = await AtWhichPartAsync();

        var reply = await chat.SayAsync("the protein one");

        Assert.NotEmpty(reply);
        Assert.DoesNotContain(reply, r => r.StartsWith(Retry, StringComparison.Ordinal) || r == NotNow);
    }

    private async Task<Chat> AtWhichPartAsync()
    {
        var chat = await ChatAt.SeededAsync(host, SeededRecords.WithPlan(), SeededRecords.AfterPlanCheckIns());
        var which = await chat.SayAsync("fine-tune");
        Assert.StartsWith(Which, Assert.Single(which), StringComparison.Ordinal);
        return chat;
    }
}
