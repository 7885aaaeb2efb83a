using BoneCoach.Dialogs.Tests.Harness;
using Microsoft.Bot.Builder;
using static BoneCoach.Dialogs.Tests.Harness.Script;

namespace BoneCoach.Dialogs.Tests.Navigation;

public class AttemptLimitTests
{
    private static readonly Action<PromptOptions> WithRetry = o => o.RetryPrompt = MessageFactory.Text("Please type a number, like 62.");

    [Fact]
    public async Task An_answer_that_is_not_understood_gets_the_retry_prompt_then_the_next_one_is_accepted()
    {
        var harness = new DialogHarness(() => Root([Ask("number", "How old are you?", WithRetry), Echo()], new NumberPrompt<int>("number")));

        await harness.Flow()
            .Send("hi").AssertReply("How old are you?")
            .Send("old enough").AssertReply("Please type a number, like 62.")
            .Send("62").AssertReply("got 62")
            .StartTestAsync();
    }

    [Fact]
    public async Task Prompt_gives_up_after_three_attempts()
    {
        var harness = new DialogHarness(() => Root([Ask("number", "How old are you?", WithRetry), Echo()], new NumberPrompt<int>("number")));

        await harness.Flow()
            .Send("hi").AssertReply("How old are you?")
            .Send("a").AssertReply("Please type a number, like 62.")
            .Send("b").AssertReply("Please type a number, like 62.")
            .Send("c").AssertReply("got gave up after 3")
            .StartTestAsync();
    }

    [Fact]
    public async Task The_attempt_limit_is_set_per_question()
    {
        var harness = new DialogHarness(() => Root([Ask("number", "How old are you?", o => o.MaxAttempts = 1), Echo()], new NumberPrompt<int>("number")));

        await harness.Flow()
            .Send("hi").AssertReply("How old are you?")
            .Send("not telling").AssertReply("got gave up after 1")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_gave_up_result_is_typed_for_the_caller()
    {
        WaterfallStep offerChoices = async (step, ct) =>
        {
            var text = step.Outcome is GaveUp gaveUp ? $"Let's pick from a list instead ({gaveUp.Attempts} tries)." : "answered";
            await step.Context.SendActivityAsync(text, cancellationToken: ct);
            return await step.EndDialogAsync(step.Result, ct);
        };
        var harness = new DialogHarness(() => Root([Ask("number", "Age?", o => o.MaxAttempts = 2), offerChoices], new NumberPrompt<int>("number")));

        await harness.Flow()
            .Send("hi").AssertReply("Age?")
            .Send("x").AssertReply("Age?")
            .Send("y").AssertReply("Let's pick from a list instead (2 tries).")
            .StartTestAsync();

        Assert.IsType<GaveUp>(harness.LastResult.Result);
        Assert.True(harness.LastResult.IsPromptOutcome);
    }

    [Fact]
    public async Task A_validator_that_explains_the_problem_replaces_the_retry_prompt()
    {
        PromptValidator<int> adultsOnly = async (context, ct) =>
        {
            if (context.Recognized.Succeeded && context.Recognized.Value < 18)
            {
                await context.Context.SendActivityAsync($"{context.Recognized.Value} seems young; this coach is for adults.", cancellationToken: ct);
                return false;
            }

            return context.Recognized.Succeeded;
        };
        var harness = new DialogHarness(() => Root([Ask("number", "Age?", WithRetry), Echo()], new NumberPrompt<int>("number", adultsOnly)));

        await harness.Flow()
            .Send("hi").AssertReply("Age?")
            .Send("12").AssertReply("12 seems young; this coach is for adults.")
            .Send("lots").AssertReply("Please type a number, like 62.")
            .Send("58").AssertReply("got 58")
            .StartTestAsync();
    }

    [Fact]
    public async Task The_validator_sees_the_attempt_number_after_storage_round_trips()
    {
        var seen = new List<int>();
        PromptValidator<string> record = (context, ct) =>
        {
            seen.Add(context.AttemptCount);
            return Task.FromResult(context.Recognized.Value == "ok");
        };
        var harness = new DialogHarness(() => Root([Ask("text", "Say ok"), Echo()], new TextPrompt("text", record)));

        await harness.Flow().Send("hi").Send("no").Send("nah").Send("ok").StartTestAsync();

        Assert.Equal([1, 2, 3], seen);
    }
}
