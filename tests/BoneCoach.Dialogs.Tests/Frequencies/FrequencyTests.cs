using BoneCoach.Dialogs.Tests.Harness;
using static BoneCoach.Dialogs.Tests.Harness.Script;

namespace BoneCoach.Dialogs.Tests.Frequencies;

public class FrequencyTests
{
    [Theory]
    [InlineData("en-us", "twice a week", 2)]
    [InlineData("en-us", "3 times a week", 3)]
    [InlineData("en-us", "3x a week", 3)]
    [InlineData("en-us", "4 x per week", 4)]
    [InlineData("en-us", "three times per week", 3)]
    [InlineData("en-us", "once a week", 1)]
    [InlineData("en-us", "2-3 times a week", 2.5)]
    [InlineData("en-us", "two or three times", 2.5)]
    [InlineData("en-us", "4 days a week", 4)]
    [InlineData("en-us", "3 days", 3)]
    [InlineData("en-gb", "about 2 days", 2)]
    [InlineData("en-us", "every day", 7)]
    [InlineData("en-us", "Daily!", 7)]
    [InlineData("en-us", "most days", 5)]
    [InlineData("en-gb", "one every morning", 7)]
    [InlineData("en-us", "each evening with dinner", 7)]
    [InlineData("es-es", "cada mañana", 7)]
    [InlineData("en-us", "almost every day", 5)]
    [InlineData("en-us", "every other day", 3.5)]
    [InlineData("en-us", "on weekdays", 5)]
    [InlineData("en-us", "twice a day", 14)]
    [InlineData("en-us", "once a month", 0.23)]
    [InlineData("en-us", "none", 0)]
    [InlineData("en-us", "never", 0)]
    [InlineData("en-us", "I never do", 0)]
    [InlineData("en-us", "no", 0)]
    [InlineData("en-us", "3", 3)]
    [InlineData("es-es", "dos veces por semana", 2)]
    [InlineData("es-es", "todos los días", 7)]
    [InlineData("es-es", "casi todos los días", 5)]
    [InlineData("es-es", "una vez al mes", 0.23)]
    [InlineData("es-es", "nunca", 0)]
    public void A_frequency_is_read_as_times_per_week(string culture, string text, double perWeek)
    {
        Assert.Equal(perWeek, FrequencyParser.Read(text, culture));
    }

    [Theory]
    [InlineData("it depends")]
    [InlineData("whenever I can")]
    [InlineData("")]
    public void A_vague_answer_is_not_a_frequency(string text)
    {
        Assert.Null(FrequencyParser.Read(text, "en-us"));
    }

    [Fact]
    public async Task The_prompt_returns_times_per_week_and_re_asks_vague_answers()
    {
        var harness = new DialogHarness(() => Root([Ask("frequency", "How often do you lift weights?"), Echo()], new FrequencyPrompt("frequency")));

        await harness.Flow()
            .Send("hi").AssertReply("How often do you lift weights?")
            .Send("it depends").AssertReply("How often do you lift weights?")
            .Send("twice a week").AssertReply("got 2")
            .StartTestAsync();
    }

    [Fact]
    public async Task An_implausible_frequency_is_asked_again()
    {
        var harness = new DialogHarness(() => Root([Ask("frequency", "How often?"), Echo()], new FrequencyPrompt("frequency") { MaxPerWeek = 14 }));

        await harness.Flow()
            .Send("hi").AssertReply("How often?")
            .Send("100 times a week").AssertReply("How often?")
            .Send("every day").AssertReply("got 7")
            .StartTestAsync();
    }
}
