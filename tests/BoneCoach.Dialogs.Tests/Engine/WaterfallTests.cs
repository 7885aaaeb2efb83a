using BoneCoach.Dialogs.Tests.Harness;
using Microsoft.Bot.Builder;
using static BoneCoach.Dialogs.Tests.Harness.Script;

namespace BoneCoach.Dialogs.Tests.Engine;

public class WaterfallTests
{
    [Fact]
    public async Task Each_step_receives_the_answer_to_the_previous_steps_prompt()
    {
        var harness = new DialogHarness(() => Root(
            [Ask("text", "What is your name?"), Keep("name", "number", "How old are you?"), Summary("age")],
            new TextPrompt("text"),
            new NumberPrompt<int>("number")));

        await harness.Flow()
            .Send("hi").AssertReply("What is your name?")
            .Send("Ana").AssertReply("How old are you?")
            .Send("sixty-two").AssertReply("age=62, name=Ana")
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Complete, harness.LastResult.Status);
    }

    [Fact]
    public async Task NextAsync_runs_the_next_step_with_the_given_result()
    {
        WaterfallStep skipAhead = (step, ct) => step.NextAsync("already known", ct);
        var harness = new DialogHarness(() => Root([skipAhead, Echo()]));

        await harness.Flow().Send("hi").AssertReply("got already known").StartTestAsync();
    }

    [Fact]
    public async Task NextAsync_twice_in_one_step_throws()
    {
        WaterfallStep twice = async (step, ct) =>
        {
            await step.NextAsync(null, ct);
            return await step.NextAsync(null, ct);
        };
        WaterfallStep wait = (step, ct) => Task.FromResult(Dialog.EndOfTurn);
        var harness = new DialogHarness(() => Root([twice, wait, wait]));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Flow().Send("hi").StartTestAsync());

        Assert.Contains("NextAsync", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Past_the_last_step_the_waterfall_ends_with_the_last_result()
    {
        WaterfallStep pass = (step, ct) => step.NextAsync(42, ct);
        var harness = new DialogHarness(() => Root([pass]));

        await harness.Flow().Send("hi").StartTestAsync();

        Assert.Equal(DialogTurnStatus.Complete, harness.LastResult.Status);
        Assert.Equal(42, harness.LastResult.Result);
    }

    [Fact]
    public async Task A_step_that_waits_without_a_child_gets_the_users_text()
    {
        WaterfallStep say = async (step, ct) =>
        {
            await step.Context.SendActivityAsync("Say anything", cancellationToken: ct);
            return Dialog.EndOfTurn;
        };
        var harness = new DialogHarness(() => Root([say, Echo()]));

        await harness.Flow()
            .Send("hi").AssertReply("Say anything")
            .Send("hello there").AssertReply("got hello there")
            .StartTestAsync();
    }

    [Fact]
    public async Task Non_message_activities_do_not_move_the_waterfall_on()
    {
        var harness = new DialogHarness(() => Root([Ask("text", "Name?"), Echo()], new TextPrompt("text")));

        await harness.Flow()
            .Send("hi").AssertReply("Name?")
            .Send(new Microsoft.Bot.Schema.Activity(Microsoft.Bot.Schema.ActivityTypes.Typing))
            .Send("Ana").AssertReply("got Ana")
            .StartTestAsync();
    }
}
