using BoneCoach.Dialogs.Tests.Harness;
using Microsoft.Bot.Builder;
using static BoneCoach.Dialogs.Tests.Harness.Script;

namespace BoneCoach.Dialogs.Tests.Quantities;

public class QuantityPromptTests
{
    private static readonly QuantityRules Weight = new() { TargetUnit = "kg", Min = 30, Max = 250, Decimals = 1 };
    private static readonly QuantityRules Height = new() { TargetUnit = "cm", Min = 120, Max = 220, Decimals = 1 };
    private static readonly QuantityRules VitaminD = new() { TargetUnit = "ng/mL", Min = 1, Max = 200, Decimals = 1, Conversions = [new("ng/mL", "nmol/L", 2.496m)] };
    private static readonly QuantityRules VitaminDDose = new() { TargetUnit = "IU", Conversions = [new("IU", "µg", 0.025m)] };
    private static readonly QuantityRules Calcium = new() { TargetUnit = "mg", DefaultUnit = "mg", Max = 5000 };
    private static readonly QuantityRules Sleep = new() { TargetUnit = "h", Min = 0, Max = 24 };

    public static TheoryData<string, QuantityRules, string, string> Answers => new()
    {
        { "en-US", Weight, "about 140 pounds", "63.5 kg" },
        { "en-US", Weight, "63.5 kg", "63.5 kg" },
        { "en-US", Weight, "62", "62 kg" },
        { "es-ES", Weight, "63,5 kg", "63.5 kg" },
        { "en-US", Height, "5 ft 4 in", "162.6 cm" },
        { "en-US", Height, "5 ft 4", "162.6 cm" },
        { "en-US", Height, "5'4\"", "162.6 cm" },
        { "en-US", Height, "165 cm", "165 cm" },
        { "en-US", Height, "165", "165 cm" },
        { "en-US", Height, "64", "162.6 cm" },
        { "en-US", Height, "1.65", "165 cm" },
        { "en-US", VitaminD, "25 ng/ml", "25 ng/mL" },
        { "en-US", VitaminD, "75 nmol/l", "30 ng/mL" },
        { "en-US", VitaminDDose, "800 IU", "800 IU" },
        { "en-US", VitaminDDose, "20 mcg", "800 IU" },
        { "en-US", Calcium, "1,200 mg", "1200 mg" },
        { "en-US", Calcium, "1200", "1200 mg" },
        { "en-US", Calcium, "1.2 g", "1200 mg" },
        { "en-US", Sleep, "7 and a half hours", "7.5 h" },
        { "en-US", Sleep, "7", "7 h" },
        { "en-US", Weight, "I'm sixty-two", "62 kg" },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task A_measurement_is_returned_in_the_callers_unit(string locale, QuantityRules rules, string answer, string expected)
    {
        var harness = QuantityHarness(rules, locale);

        await harness.Flow().Send("hi").AssertReply("How much?").Send(answer).AssertReply($"got {expected}").StartTestAsync();
    }

    [Fact]
    public async Task A_bare_number_that_fits_two_units_is_asked_about_and_a_unit_alone_completes_it()
    {
        var harness = QuantityHarness(Weight);

        await harness.Flow()
            .Send("hi").AssertReply("How much?")
            .Send("140").AssertReply("Is that 140 kg or 140 lb?")
            .Send("pounds").AssertReply("got 63.5 kg")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("no")]
    [InlineData("none")]
    public async Task No_to_the_which_unit_question_is_not_taken_as_zero(string answer)
    {
        var harness = QuantityHarness(new QuantityRules { TargetUnit = "IU", Min = 0, Max = 50000, BareNumberUnits = ["IU", "µg"], Conversions = [new("IU", "µg", 0.025m)] });

        await harness.Flow()
            .Send("hi").AssertReply("How much?")
            .Send("1000").AssertReply("Is that 1000 IU or 1000 µg?")
            .Send(answer).AssertReply(a => Assert.DoesNotContain("got", a.AsMessageActivity().Text, StringComparison.Ordinal))
            .Send("1000 IU").AssertReply("got 1000 IU")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_unit_that_cannot_be_used_gets_a_clear_retry()
    {
        var harness = QuantityHarness(Weight);

        await harness.Flow()
            .Send("hi").AssertReply("How much?")
            .Send("62 cm").AssertReply("Could you give that in kg or lb?")
            .Send("62 kg").AssertReply("got 62 kg")
            .StartTestAsync();
    }

    [Fact]
    public async Task The_units_she_may_use_are_joined_in_her_language()
    {
        var harness = QuantityHarness(new QuantityRules { TargetUnit = "kg", Min = 30, Max = 250, Decimals = 1, WrongUnitMessage = "¿Me lo podría dar en {0}?" }, "es-ES");

        await harness.Flow()
            .Send("hola").AssertReply("How much?")
            .Send("62 cm").AssertReply("¿Me lo podría dar en kg o lb?")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_value_outside_the_range_gets_the_retry_prompt()
    {
        var harness = QuantityHarness(Weight);

        await harness.Flow()
            .Send("hi").AssertReply("How much?")
            .Send("600 kg").AssertReply("Between 30 and 250 kg, please.")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_number_submitted_from_a_card_is_in_the_target_unit()
    {
        var harness = QuantityHarness(Weight);

        await harness.Flow()
            .Send("hi").AssertReply("How much?")
            .Send(new Microsoft.Bot.Schema.Activity { Type = "message", Value = new Newtonsoft.Json.Linq.JObject { ["weight"] = 64.2 } })
            .AssertReply("got 64.2 kg")
            .StartTestAsync();
    }

    [Fact]
    public async Task Without_rules_the_prompt_says_what_it_needs()
    {
        var harness = new DialogHarness(() => Root([Ask("quantity", "How much?"), Echo()], new QuantityPrompt("quantity")));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Flow().Send("hi").Send("62").StartTestAsync());

        Assert.Contains("QuantityRules", error.Message, StringComparison.Ordinal);
    }

    private static DialogHarness QuantityHarness(QuantityRules rules, string locale = "en-US")
        => new(
            () => Root(
                [Ask("weight", "How much?", o => { o.Validations = rules; o.RetryPrompt = MessageFactory.Text("Between 30 and 250 kg, please."); }), Echo()],
                new QuantityPrompt("weight")),
            locale: locale);
}
