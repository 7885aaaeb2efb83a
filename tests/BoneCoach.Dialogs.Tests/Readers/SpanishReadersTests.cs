namespace BoneCoach.Dialogs.Tests.Readers;

/// <summary>The readers with a Spanish culture: numbers, units and dates as women in Spain and Mexico write them.</summary>
public class SpanishReadersTests
{
    private static readonly DateTime Reference = new(2026, 6, 1, 0, 0, 0, DateTimeKind.Unspecified);

    public static TheoryData<string, string, string> Mentions => new()
    {
        { "es-ES", "sesenta y siete", "Number 67" },
        { "es-ES", "tengo sesenta y siete años", "Number 67" },
        { "es-ES", "1,58 metros", "Quantity 1.58 m" },
        { "es-ES", "1,58 m", "Quantity 1.58 m" },
        { "es-MX", "1.58 m", "Quantity 1.58 m" },
        { "es-ES", "58 kilos", "Quantity 58 kg" },
        { "es-ES", "más o menos 72 kilos", "Quantity 72 kg" },
        { "es-ES", "menos 2,8", "Number -2.8" },
        { "es-ES", "-2,8", "Number -2.8" },
        { "es-MX", "menos dos punto cinco", "Number -2.5" },
        { "es-ES", "menos dos coma cinco", "Number -2.5" },
        { "es-ES", "1.200 mg", "Quantity 1200 mg" },
        { "es-MX", "1,200 mg", "Quantity 1200 mg" },
        { "es-ES", "mil doscientos miligramos", "Quantity 1200 mg" },
        { "es-ES", "800 UI", "Quantity 800 IU" },
        { "es-ES", "6 y media", "Number 6.5" },
        { "es-ES", "siete horas y media", "Duration 7.5 h" },
        { "es-MX", "año y medio", "Duration 1.5 yr" },
        { "es-MX", "un par de veces", "Number 2" },
        { "es-ES", "todos los días", "Frequency 7" },
        { "es-MX", "diario", "Frequency 7" },
        { "es-ES", "una vez por semana", "Frequency 1" },
        { "es-ES", "dos o tres veces por semana", "Frequency 2.5 ~" },

        // Articles are not numbers; a clock time with "a las" is not a value.
        { "es-ES", "un vaso de leche y un yogur", "" },
        { "es-ES", "un poco", "" },
        { "es-ES", "me acuesto a las 11 y media", "" },
        { "es-ES", "el año pasado", "" },
    };

    [Theory]
    [MemberData(nameof(Mentions))]
    public void Spanish_numbers_and_units_are_found_with_the_decimal_comma_of_the_region(string culture, string text, string expected)
        => Assert.Equal(expected, string.Join("; ", MentionFinder.Find(text, culture).Select(MentionFinderTests.Describe)));

    [Theory]
    [InlineData("hace unos quince años", 15)]
    [InlineData("hace 8 años", 8)]
    [InlineData("en 2010", 16.4)]
    [InlineData("seis meses", 0.5)]
    public void Spanish_dates_and_lengths_of_time_are_read(string text, double years)
    {
        var date = DateParser.Read(text, "es-es", Reference);

        Assert.NotNull(date);
        var read = date.Duration is { } duration ? duration.TotalDays / 365.25 : (Reference - date.Start!.Value.ToDateTime(TimeOnly.MinValue)).TotalDays / 365.25;
        Assert.InRange(read, years - 0.1, years + 0.1);
    }

    [Theory]
    [InlineData("no sé")]
    [InlineData("No lo sé")]
    [InlineData("ni idea")]
    [InlineData("no me acuerdo")]
    [InlineData("no recuerdo")]
    [InlineData("no estoy segura")]
    [InlineData("nunca me la han medido")]
    public void Not_knowing_in_spanish_is_an_answer(string text) => Assert.True(NotKnowing.Matches(text));

    [Theory]
    [InlineData("ninguna", true)]
    [InlineData("nada", true)]
    [InlineData("nunca", true)]
    [InlineData("no bebo", true)]
    [InlineData("no tomo ninguno", true)]
    [InlineData("ninguna de estas", true)]
    [InlineData("nada de eso", true)]
    [InlineData("ninguna esta semana", true)]
    [InlineData("no recuerdo", false)]
    [InlineData("no entiendo", false)]
    [InlineData("no sé", false)]
    public void Zero_in_spanish_is_the_whole_answer_only(string text, bool zero) => Assert.Equal(zero, ZeroWords.Matches(text));

    [Theory]
    [InlineData("todos los días", 7, false)]
    [InlineData("a diario", 7, false)]
    [InlineData("casi todos los días", 5, false)]
    [InlineData("a veces", 2, true)]
    [InlineData("una vez por semana", 1, false)]
    [InlineData("dos o tres veces por semana", 2.5, false)]
    [InlineData("cuatro veces al mes", 0.92, false)]
    [InlineData("nunca", 0, false)]
    public void Spanish_frequencies_are_times_a_week(string text, double perWeek, bool vague)
    {
        var reading = FrequencyParser.ReadFrequency(text, "es-es");

        Assert.NotNull(reading);
        Assert.Equal(perWeek, reading.PerWeek, 2);
        Assert.Equal(vague, reading.Vague);
    }

    [Theory]
    [InlineData("una vez", 1)]
    [InlineData("una", 1)]
    [InlineData("dos", 2)]
    [InlineData("un par de veces", 2)]
    [InlineData("ninguna", 0)]
    [InlineData("un poco", null)]
    [InlineData("tuve una el año pasado", null)]
    public void An_article_is_a_count_only_when_it_is_the_whole_answer(string text, int? count)
    {
        var answer = NumberReader.Read(text, "es-es", new NumberRules { Integer = true, Min = 0 });

        Assert.Equal(count, answer.Kind == NumberAnswerKind.Value ? (int?)answer.Value : null);
    }

    [Theory]
    [InlineData("es-ES", "un vaso de leche y un yogur", 2)]
    [InlineData("es-MX", "un vaso de leche, un yogur y un trozo de queso", 3)]
    [InlineData("es-ES", "dos vasos de leche y un yogur", 3)]
    [InlineData("en-US", "a glass of milk and a yogurt", 2)]
    [InlineData("es-ES", "un poco", null)]
    [InlineData("es-ES", "a veces", null)]
    [InlineData("es-ES", "un vaso de leche y algo de queso", null)]
    [InlineData("es-ES", "2 vasos y 5 mg", null)]
    [InlineData("en-US", "I had one last year", null)]
    public void Listed_things_are_counted_only_when_every_part_is_one(string culture, string text, int? count)
        => Assert.Equal(count, ListedItems.Count(text, culture));

    [Theory]
    [InlineData("creo que sí", true)]
    [InlineData("creo que no", false)]
    [InlineData("sí, de acuerdo", true)]
    [InlineData("vale", true)]
    [InlineData("no, gracias", false)]
    public void Spanish_yes_and_no(string text, bool yes) => Assert.Equal(yes, ConfirmWords.For("es-mx").Match(text));
}
