using BoneCoach.Dialogs.Tests.Harness;
using Microsoft.Bot.Builder;
using static BoneCoach.Dialogs.Tests.Harness.Script;

namespace BoneCoach.Dialogs.Tests.Readers;

/// <summary>The readers as the bot meets them: through the prompts, with no change on the bot's side.</summary>
public class ReadersInPromptsTests
{
    private const string Question = "What is it?";
    private const string Retry = "Sorry, what is it?";

    private static readonly QuantityRules Weight = new() { TargetUnit = "kg", Min = 30, Max = 250, Decimals = 1, BareNumberUnits = { "kg", "lb" } };
    private static readonly QuantityRules Height = new() { TargetUnit = "cm", Min = 120, Max = 210, Decimals = 1, BareNumberUnits = { "cm", "in", "ft" } };
    private static readonly QuantityRules HeightLoss = new() { TargetUnit = "cm", Min = 0, Max = 30, Decimals = 1, BareNumberUnits = { "cm", "in" } };
    private static readonly QuantityRules Sleep = new() { TargetUnit = "h", Min = 2, Max = 16, Decimals = 1, BareNumberUnits = { "h" } };
    private static readonly QuantityRules VitaminD = new()
    {
        TargetUnit = "ng/mL", Min = 2, Max = 200, Decimals = 1, BareNumberUnits = { "ng/mL", "nmol/L" }, Conversions = { new("ng/mL", "nmol/L", 2.496m) },
    };

    public static TheoryData<string, QuantityRules, string, string> Quantities => new()
    {
        { "en-GB", Weight, "9 stone", "57.2 kg" },
        { "en-GB", Weight, "9st 3lb", "58.5 kg" },
        { "en-GB", Weight, "9 stone 3", "58.5 kg" },
        { "en-US", Weight, "about 140 pounds", "63.5 kg" },
        { "en-US", Weight, "62, 60 kg, 165 cm", "60 kg" },
        { "en-US", Weight, "I'm 62 and weigh 60 kg", "60 kg" },
        { "en-US", Height, "five foot six", "167.6 cm" },
        { "en-US", Height, "5 foot 6", "167.6 cm" },
        { "en-US", Height, "5'6", "167.6 cm" },
        { "en-US", Height, "5' 6\"", "167.6 cm" },
        { "en-US", Height, "5ft6", "167.6 cm" },
        { "es-ES", Height, "1,58 metros", "158 cm" },
        { "en-GB", Height, "1,58 m", "158 cm" },
        { "en-US", Height, "62, 60 kg, 165 cm", "165 cm" },
        { "en-US", HeightLoss, "about an inch", "2.5 cm" },
        { "en-GB", HeightLoss, "none", "0 cm" },
        { "en-GB", Sleep, "6 and a half hours", "6.5 h" },
        { "en-GB", Sleep, "7h30", "7.5 h" },
        { "en-GB", Sleep, "7 hrs", "7 h" },
        { "en-US", VitaminD, "my vitamin D was 32 ng/ml", "32 ng/mL" },
        { "en-US", VitaminD, "75 nmol/L", "30 ng/mL" },
    };

    [Theory]
    [MemberData(nameof(Quantities))]
    public async Task Everyday_units_are_taken(string locale, QuantityRules rules, string answer, string expected)
    {
        await QuantityFlow(rules, locale).Send("hi").AssertReply(Question).Send(answer).AssertReply($"got {expected}").StartTestAsync();
    }

    public static TheoryData<QuantityRules, string> QuantityNearMisses => new()
    {
        { Weight, "actually I'm 61 not 62" },
        { Weight, "I meant 150 pounds" },
        { Weight, "I used to be 60 kg, now 65 kg" },
        { Weight, "I'm 62 and my husband weighs 80" },
        { Height, "I had one last year" },
        { HeightLoss, "my first scan was in 2019" },
        { Sleep, "at 9am" },
    };

    [Theory]
    [MemberData(nameof(QuantityNearMisses))]
    public async Task A_quantity_that_is_not_clearly_the_answer_is_not_taken(QuantityRules rules, string answer)
    {
        await QuantityFlow(rules).Send("hi").AssertReply(Question).Send(answer).AssertReply(Retry).StartTestAsync();
    }

    [Fact]
    public async Task Her_age_at_a_weight_question_is_not_a_weight()
    {
        await QuantityFlow(Weight)
            .Send("hi").AssertReply(Question)
            .Send("I'm 62 years old").AssertReply("Could you give that in kg or lb?")
            .Send("60 kg").AssertReply("got 60 kg")
            .StartTestAsync();
    }

    [Fact]
    public async Task Of_several_plain_numbers_the_one_after_a_cue_word_is_the_answer()
    {
        var rules = new QuantityRules { TargetUnit = "kg", Min = 30, Max = 250, Decimals = 1, BareNumberUnits = { "kg", "lb" }, Cues = { "weigh" } };

        await QuantityFlow(rules)
            .Send("hi").AssertReply(Question)
            .Send("I'm 62 and weigh about 140").AssertReply("Is that 140 kg or 140 lb?")
            .Send("lbs").AssertReply("got 63.5 kg")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_lab_value_without_its_unit_is_asked_about_once()
    {
        await QuantityFlow(VitaminD)
            .Send("hi").AssertReply(Question)
            .Send("it was 25").AssertReply("Is that 25 ng/mL or 25 nmol/L?")
            .Send("ng/ml").AssertReply("got 25 ng/mL")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("I had one last year, they said osteopenia but I don't know the number")]
    [InlineData("not sure")]
    [InlineData("dunno, never had it tested")]
    [InlineData("can't remember")]
    [InlineData("never had one")]
    [InlineData("no sé")]
    public async Task Not_knowing_ends_a_prompt_that_allows_it_with_Unknown(string answer)
    {
        await NumberFlow(o => o.AllowUnknown = true).Send("hi").AssertReply(Question).Send(answer).AssertReply("got unknown").StartTestAsync();
    }

    [Theory]
    [InlineData("no")]
    [InlineData("nope")]
    public async Task No_to_do_you_know_your_number_is_Unknown(string answer)
    {
        await NumberFlow(o => { o.AllowUnknown = true; o.NoMeansUnknown = true; })
            .Send("hi").AssertReply(Question).Send(answer).AssertReply("got unknown").StartTestAsync();
    }

    [Fact]
    public async Task Not_knowing_on_a_prompt_that_does_not_allow_it_is_a_retry_the_validator_can_see()
    {
        var harness = new DialogHarness(() => Root(
            [Ask("number", Question, o => o.RetryPrompt = MessageFactory.Text(Retry)), Echo()],
            new NumberPrompt<double>("number", async (context, ct) =>
            {
                if (context.Recognized.SaidUnknown)
                {
                    await context.Context.SendActivityAsync("Roughly?", cancellationToken: ct);
                }

                return context.Recognized.Succeeded;
            })));

        await harness.Flow().Send("hi").AssertReply(Question).Send("not sure").AssertReply("Roughly?").Send("about 62").AssertReply("got 62").StartTestAsync();
    }

    [Fact]
    public async Task A_number_with_the_doubt_is_still_the_answer()
    {
        await NumberFlow(o => o.AllowUnknown = true).Send("hi").AssertReply(Question).Send("not sure, maybe 62").AssertReply("got 62").StartTestAsync();
    }

    [Fact]
    public async Task A_correction_is_never_taken_as_the_answer_and_the_validator_sees_it()
    {
        var harness = new DialogHarness(() => Root(
            [Ask("number", Question, o => o.RetryPrompt = MessageFactory.Text(Retry)), Echo()],
            new NumberPrompt<double>("number", async (context, ct) =>
            {
                if (context.Recognized.Correction is { NewValue: { } value })
                {
                    await context.Context.SendActivityAsync($"Changed to {value.Value}.", cancellationToken: ct);
                }

                return context.Recognized.Succeeded;
            })));

        await harness.Flow().Send("hi").AssertReply(Question).Send("actually I'm 61 not 62").AssertReply("Changed to 61.").StartTestAsync();
    }

    public static TheoryData<string, string> Numbers => new()
    {
        { "I had one last year", Retry },
        { "un vaso de leche", Retry },
        { "my first scan was in 2019", Retry },
        { "2 years ago", Retry },
        { "spine -1.2, hip -2.8", Retry },
        { "-2.1", "got -2.1" },
        { "my T-score is -2.5 I think", "got -2.5" },
    };

    [Theory]
    [MemberData(nameof(Numbers))]
    public async Task A_number_prompt_takes_a_number_only_when_it_is_the_answer(string answer, string reply)
    {
        // Validations as the bot passes them: its own object with Min and Max, read by name.
        await NumberFlow(o => o.Validations = new { Min = -6.0, Max = 4.0, Integer = false }, answer.StartsWith("un ", StringComparison.Ordinal) ? "es-ES" : "en-US")
            .Send("hi").AssertReply(Question).Send(answer).AssertReply(reply).StartTestAsync();
    }

    [Theory]
    [InlineData("none", "got 0")]
    [InlineData("just the once", "got 1")]
    [InlineData("a couple", "got 2")]
    [InlineData("I had one", "got 1")]
    [InlineData("I had one last year", Retry)]
    public async Task A_count_takes_none_once_and_a_couple(string answer, string reply)
    {
        await NumberFlow(o => o.Validations = new { Min = 0.0, Max = 10.0, Integer = true })
            .Send("hi").AssertReply(Question).Send(answer).AssertReply(reply).StartTestAsync();
    }

    [Theory]
    [InlineData("20 minutes a day", "got 7")]
    [InlineData("every day", "got 7")]
    [InlineData("4 times a month", "got 0.92")]
    [InlineData("not at all", "got 0")]
    [InlineData("actually 3 not 2", Retry)]
    [InlineData("I had one last year", Retry)]
    public async Task A_frequency_prompt_reads_everyday_words(string answer, string reply)
    {
        var harness = new DialogHarness(() => Root([Ask("frequency", Question, o => o.RetryPrompt = MessageFactory.Text(Retry)), Echo()], new FrequencyPrompt("frequency")));

        await harness.Flow().Send("hi").AssertReply(Question).Send(answer).AssertReply(reply).StartTestAsync();
    }

    private static Microsoft.Bot.Builder.Adapters.TestFlow NumberFlow(Action<PromptOptions> configure, string locale = "en-US")
        => new DialogHarness(
            () => Root([Ask("number", Question, o => { o.RetryPrompt = MessageFactory.Text(Retry); configure(o); }), Echo()], new NumberPrompt<double>("number")),
            locale: locale).Flow();

    private static Microsoft.Bot.Builder.Adapters.TestFlow QuantityFlow(QuantityRules rules, string locale = "en-US")
        => new DialogHarness(
            () => Root([Ask("quantity", Question, o => { o.Validations = rules; o.RetryPrompt = MessageFactory.Text(Retry); }), Echo()], new QuantityPrompt("quantity")),
            locale: locale).Flow();
}
