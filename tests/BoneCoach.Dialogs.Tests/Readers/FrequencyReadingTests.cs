namespace BoneCoach.Dialogs.Tests.Readers;

public class FrequencyReadingTests
{
    public static TheoryData<string, string, double, bool> Answers => new()
    {
        { "en-US", "every day", 7, false },
        { "en-GB", "most days", 5, false },
        { "en-US", "daily", 7, false },
        { "en-US", "weekdays", 5, false },
        { "en-GB", "at weekends", 2, false },
        { "en-US", "4 times a month", 0.92, false },
        { "en-US", "20 minutes a day", 7, false },
        { "en-GB", "an hour a day", 7, false },
        { "en-US", "3 or 4 times a week", 3.5, false },
        { "en-US", "twice", 2, false },
        { "en-US", "3 days", 3, false },
        { "es-ES", "3 días", 3, false },
        { "en-US", "once", 1, false },
        { "en-US", "a couple of times a week", 2, false },
        { "en-US", "2ish", 2, false },
        { "en-US", "none", 0, false },
        { "en-US", "not at all", 0, false },
        { "en-GB", "none then", 0, false },
        { "es-ES", "ninguna entonces", 0, false },
        { "en-US", "no I don't", 0, false },
        { "en-US", "sometimes", 2, true },
        { "en-GB", "rarely", 0.5, true },
        { "en-US", "a little", 1, true },
        { "en-GB", "now and then", 1, true },
        { "en-US", "occasionally", 1, true },
        { "es-ES", "a veces", 2, true },
        { "es-ES", "de vez en cuando", 1, true },
        { "es-ES", "casi nunca", 0.5, true },
        { "en-GB", "on tuesdays", 1, false },
        { "en-US", "every monday", 1, false },
        { "en-GB", "mondays, wednesdays and fridays", 3, false },
        { "es-ES", "los lunes y los jueves", 2, false },
        { "es-MX", "todos los sábados", 1, false },
    };

    // "I fell on monday", "el lunes": one day said once is an occasion, not how often.
    [Theory]
    [InlineData("en-GB", "I fell on monday")]
    [InlineData("es-ES", "el lunes fui al médico")]
    public void A_day_said_once_is_not_a_frequency(string culture, string text) => Assert.Null(FrequencyParser.ReadFrequency(text, culture));

    [Theory]
    [MemberData(nameof(Answers))]
    public void How_often_is_read_as_times_per_week(string culture, string text, double perWeek, bool vague)
    {
        var reading = FrequencyParser.ReadFrequency(text, culture);

        Assert.NotNull(reading);
        Assert.Equal(perWeek, reading.PerWeek);
        Assert.Equal(vague, reading.Vague);
    }

    [Theory]
    [InlineData("twice a week, sometimes every day")]
    [InlineData("actually 3 not 2")]
    [InlineData("I had one last year")]
    [InlineData("2 years ago")]
    [InlineData("it depends")]
    [InlineData("socially")]
    public void Unclear_how_often_gives_no_value(string text) => Assert.Null(FrequencyParser.ReadFrequency(text, "en-US"));
}
