using System.Globalization;
using BoneCoach.Dialogs.Tests.Harness;
using Microsoft.Bot.Builder;
using static BoneCoach.Dialogs.Tests.Harness.Script;

namespace BoneCoach.Dialogs.Tests.Engine;

/// <summary>Seven prompts in one waterfall, state round-tripped through JSON between every turn, with back twice.</summary>
public class InterviewTests
{
    private static readonly QuantityRules Weight = new() { TargetUnit = "kg", Min = 30, Max = 250, Decimals = 1 };
    private static readonly FixedTimeProvider Clock = new(new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_seven_question_interview_runs_through_storage_with_back_and_typed_answers()
    {
        var harness = new DialogHarness(Interview);

        await harness.Flow()
            .Send("hi").AssertReply("What should I call you?")
            .Send("Ana").AssertReply("How old are you?")
            .Send("sixty-two").AssertReply("What do you weigh?")
            .Send("140").AssertReply("Is that 140 kg or 140 lb?")
            .Send("lb").AssertReply("Which activity do you do most? (1) Walking, (2) Strength training, or (3) Yoga")
            .Send("back").AssertReply("What do you weigh?")
            .Send("63 kg").AssertReply("Which activity do you do most? (1) Walking, (2) Strength training, or (3) Yoga")
            .Send("the second one").AssertReply("How many times a week?")
            .Send("twice a week").AssertReply("When was your last period?")
            .Send("back").AssertReply("How many times a week?")
            .Send("3 times a week").AssertReply("When was your last period?")
            .Send("8 years ago").AssertReply("Shall I save this?")
            .Send("yes").AssertReply("activity=Strength training, age=62, lastPeriod=2018-11-29, name=Ana, perWeek=3, saved=yes, weight=63 kg")
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Complete, harness.LastResult.Status);
        Assert.Empty(new DialogStateReader(harness.Storage).Stack());
        Assert.All(harness.Results.SkipLast(1), r => Assert.Equal(DialogTurnStatus.Waiting, r.Status));
    }

    private static Dialog Interview()
    {
        WaterfallStep[] steps =
        [
            Ask("text", "What should I call you?"),
            (step, ct) => Then(step, "name", step.ResultAs<string>(), Ask("number", "How old are you?"), ct),
            (step, ct) => Then(step, "age", step.ResultAs<int>(), Ask("quantity", "What do you weigh?", o => o.Validations = Weight), ct),
            (step, ct) => Then(step, "weight", step.ResultAs<Quantity>(), Ask("choice", "Which activity do you do most?", o => o.Choices = [new("Walking"), new("Strength training"), new("Yoga")]), ct),
            (step, ct) => Then(step, "activity", step.ResultAs<FoundChoice>()!.Value, Ask("frequency", "How many times a week?"), ct),
            (step, ct) => Then(step, "perWeek", step.ResultAs<double>(), Ask("date", "When was your last period?"), ct),
            (step, ct) => Then(step, "lastPeriod", step.ResultAs<DateAnswer>(), Ask("confirm", "Shall I save this?", o => o.Style = ListStyle.None), ct),
            Summary("saved"),
        ];

        return Root(
            steps,
            new TextPrompt("text") { Navigation = NavigationCommands.EnglishAndSpanish },
            new NumberPrompt<int>("number"),
            new QuantityPrompt("quantity") { Navigation = NavigationCommands.EnglishAndSpanish },
            new ChoicePrompt("choice") { Navigation = NavigationCommands.EnglishAndSpanish },
            new FrequencyPrompt("frequency") { Navigation = NavigationCommands.EnglishAndSpanish },
            new DatePrompt("date", Clock, DateAnswerKind.DateOrRange) { Navigation = NavigationCommands.EnglishAndSpanish },
            new ConfirmPrompt("confirm") { Navigation = NavigationCommands.EnglishAndSpanish });
    }

    // Typed answers (read with ResultAs, since a step run again by "back" gets its input back from JSON) stored as text.
    private static Task<DialogTurnResult> Then(WaterfallStepContext step, string key, object? answer, WaterfallStep ask, CancellationToken ct)
    {
        step.Values[key] = Convert.ToString(answer, CultureInfo.InvariantCulture)!;
        return ask(step, ct);
    }
}
