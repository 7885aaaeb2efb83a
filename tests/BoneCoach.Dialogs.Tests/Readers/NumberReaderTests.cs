using System.Globalization;

namespace BoneCoach.Dialogs.Tests.Readers;

public class NumberReaderTests
{
    // A product's questions turn the SDK's unit fallback off: "about 60 kg" is never an age or a count.
    private static readonly NumberRules Age = new() { Min = 35, Max = 110, Integer = true, UnitFallback = false };
    private static readonly NumberRules Count = new() { Min = 0, Max = 10, Integer = true, UnitFallback = false };
    private static readonly NumberRules TScore = new() { Min = -6, Max = 4 };
    private static readonly NumberRules Percentage = new() { Min = 3, Max = 20, Units = ["%"], Cues = ["hba1c", "a1c"] };
    private static readonly NumberRules Glucose = new() { Min = 2, Max = 600, Units = ["mg/dL", "mmol/L"], Cues = ["glucose", "sugar"] };
    private static readonly NumberRules Any = new();

    public static TheoryData<string, NumberRules, string, string> Answers => new()
    {
        // Plain answers.
        { "en-US", Age, "62", "Value 62" },
        { "en-US", Age, "I'm sixty-two", "Value 62" },
        { "en-GB", Age, "I'm 62 years old", "Value 62" },
        { "es-ES", Age, "tengo sesenta y dos años", "Value 62" },
        { "en-US", TScore, "-2.1", "Value -2.1" },
        { "en-US", TScore, "minus 2.5", "Value -2.5" },
        { "en-GB", TScore, "my lowest was -2.8 at the hip", "Value -2.8" },
        { "en-US", Percentage, "5.6%", "Value 5.6" },
        { "en-US", Percentage, "about 5.6 percent", "Value 5.6" },
        { "en-US", Glucose, "92 mg/dl", "Value 92" },

        // None, once, a few.
        { "en-US", Count, "none", "Value 0" },
        { "en-GB", Count, "never", "Value 0" },
        { "en-US", Count, "not at all", "Value 0" },
        { "en-US", Count, "no I don't", "Value 0" },
        { "es-ES", Count, "ninguna", "Value 0" },
        { "en-US", Count, "once", "Value 1" },
        { "en-US", Count, "twice", "Value 2" },
        { "en-GB", Count, "just the once", "Value 1" },
        { "en-US", Count, "a couple", "Value 2" },
        { "en-US", Count, "2ish", "Value 2" },
        { "en-US", Count, "3 or 4", "Value 3.5" },
        { "en-US", Count, "one", "Value 1" },
        { "en-US", Count, "I had one", "Value 1" },
        { "es-ES", Count, "una", "Value 1" },
        { "en-US", Count, "I broke my wrist twice, in 2015 and 2019", "Value 2" },

        // Several facts: the number that answers this question.
        { "en-US", Age, "62, 60 kg, 165 cm", "Value 62" },
        { "en-US", Age, "I'm 62 and weigh 140 lbs", "Value 62" },
        { "en-US", Percentage, "HbA1c 5.6, glucose 92", "Value 5.6" },
        { "en-US", Glucose, "HbA1c 5.6%, fasting glucose 92 mg/dl", "Value 92" },
        { "en-US", TScore, "spine -1.2 and hip -2.8, I'm 62", "Ambiguous" },
        { "en-US", Age, "I'm 62 and my husband is 65", "Ambiguous" },
        { "en-US", Age, "weigh about 140, I'm 62", "Value 62" },
        { "en-GB", TScore, "I'm 62. My T-score was -2.5", "Value -2.5" },
        { "es-ES", Age, "tengo 62", "Value 62" },
        { "es-ES", Count, "no, ninguna", "Value 0" },
        { "es-ES", Count, "una vez", "Value 1" },
        { "es-ES", TScore, "nunca me lo han medido", "Unknown" },
        { "es-ES", Any, "en 2019", "None" },

        // The SDK's fallback, on by default: no plain number, so the number written with a unit.
        { "en-US", Any, "about 60 kg", "Value 60" },
        { "en-GB", Any, "7 hours", "Value 7" },
        { "es-ES", Any, "mi primera densitometría", "None" },

        // Not knowing.
        { "en-US", TScore, "I had one last year, they said osteopenia but I don't know the number", "Unknown" },
        { "en-US", TScore, "I don't know", "Unknown" },
        { "en-GB", TScore, "not sure", "Unknown" },
        { "en-US", TScore, "no idea", "Unknown" },
        { "en-GB", TScore, "dunno, never had it tested", "Unknown" },
        { "en-US", TScore, "can't remember", "Unknown" },
        { "en-US", TScore, "never had one", "Unknown" },
        { "es-ES", TScore, "no sé", "Unknown" },
        { "en-US", Age, "not sure, about 62", "Value 62" },

        // Corrections are never this answer.
        { "en-US", Any, "actually I'm 61 not 62", "Correction 61 (was 62)" },
        { "en-US", TScore, "my T-score was -2.1 not -1.2", "Correction -2.1 (was -1.2)" },
        { "en-US", Any, "I meant 150 pounds", "Correction 150" },
        { "en-US", Any, "change my weight to 58 kg", "Correction 58" },
        { "es-ES", Any, "no 62 sino 61", "Correction 61 (was 62)" },

        // Near misses: no invented values.
        { "en-US", TScore, "I had one last year", "None" },
        { "es-ES", Count, "un vaso de leche por la mañana", "None" },
        { "en-US", Any, "my first scan was in 2019", "None" },
        { "en-GB", Any, "2 years ago", "None" },
        { "en-US", Any, "at 9am", "None" },
        { "en-US", Age, "I was born in 1962", "None" },
        { "en-US", TScore, "none", "None" },
        { "en-US", Age, "about 60 kg", "None" },
        { "en-US", Count, "5 mg a day", "None" },
        { "en-US", Any, "is walking enough?", "None" },
        { "en-US", Any, "", "None" },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public void A_number_is_taken_only_when_it_is_the_answer(string culture, NumberRules rules, string text, string expected)
    {
        var answer = NumberReader.Read(text, culture, rules);

        Assert.Equal(expected, Describe(answer));
    }

    // "most days" is 5 days a week: a count of days, never a count a day ("I eat meat most days" was kept as 5 protein meals
    // a day when the prompt read it after the answers layer had not).
    [Theory]
    [InlineData("I eat meat most days", false, "None")]
    [InlineData("every day", false, "None")]
    [InlineData("most days", true, "Value 5")]
    [InlineData("2 most days", false, "Value 2")]
    public void How_often_in_a_week_is_a_count_only_where_the_count_is_not_a_day_s(string text, bool perWeek, string expected)
    {
        var rules = new NumberRules { Min = 0, Max = perWeek ? 7 : 6, Integer = true, UnitFallback = false, PerDay = !perWeek };

        Assert.Equal(expected, Describe(NumberReader.Read(text, "en-GB", rules)));
    }

    [Fact]
    public void An_ambiguous_answer_lists_the_numbers_that_competed()
    {
        var answer = NumberReader.Read("spine -1.2 and hip -2.8", "en-US", TScore);

        Assert.Equal([-1.2m, -2.8m], answer.Candidates.Select(c => c.Value));
    }

    private static string Describe(NumberAnswer answer) => answer.Kind switch
    {
        NumberAnswerKind.Value => $"Value {Number(answer.Value)}",
        NumberAnswerKind.Correction => $"Correction {Number(answer.Correction?.NewValue?.Value)}"
            + (answer.Correction?.OldValue is { } old ? $" (was {Number(old.Value)})" : string.Empty),
        _ => answer.Kind.ToString(),
    };

    private static string Number(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "?";
}
