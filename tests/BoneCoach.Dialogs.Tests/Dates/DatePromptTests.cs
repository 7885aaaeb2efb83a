using BoneCoach.Dialogs.Tests.Harness;
using static BoneCoach.Dialogs.Tests.Harness.Script;

namespace BoneCoach.Dialogs.Tests.Dates;

public class DatePromptTests
{
    private static readonly DateTime Today = new(2026, 11, 29, 10, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("en-us", "8 years ago", DateAnswerKind.Date, "2018-11-29", null)]
    [InlineData("en-us", "3 yrs ago", DateAnswerKind.Date, "2023-11-29", null)]
    [InlineData("en-us", "in 2019", DateAnswerKind.Range, "2019-01-01", "2020-01-01")]
    [InlineData("en-us", "June 2018", DateAnswerKind.Range, "2018-06-01", "2018-07-01")]
    [InlineData("en-us", "last March", DateAnswerKind.Range, "2025-03-01", "2025-04-01")]
    [InlineData("en-us", "March", DateAnswerKind.Range, "2026-03-01", "2026-04-01")]
    [InlineData("es-es", "hace 8 años", DateAnswerKind.Date, "2018-11-29", null)]
    [InlineData("es-es", "en 2019", DateAnswerKind.Range, "2019-01-01", "2020-01-01")]
    // Found chatting: a hedged time was no answer ("around 6 years ago" got "I didn't catch how long ago").
    [InlineData("en-us", "around 8 years ago", DateAnswerKind.Date, "2018-11-29", null)]
    [InlineData("en-gb", "8 or so years ago", DateAnswerKind.Date, "2018-11-29", null)]
    [InlineData("en-us", "8ish years ago", DateAnswerKind.Date, "2018-11-29", null)]
    [InlineData("en-us", "roughly 8 years ago", DateAnswerKind.Date, "2018-11-29", null)]
    public void A_when_answer_is_read_against_today(string culture, string text, DateAnswerKind kind, string start, string? end)
    {
        var answer = DateParser.Read(text, culture, Today);

        Assert.NotNull(answer);
        Assert.Equal(kind, answer.Kind);
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), answer.Start);
        Assert.Equal(end is null ? null : DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), answer.End);
    }

    [Theory]
    [InlineData("en-us", "2 weeks", 14)]
    [InlineData("en-us", "3 wks", 21)]
    [InlineData("es-es", "2 semanas", 14)]
    public void A_how_long_answer_is_a_duration(string culture, string text, int days)
    {
        var answer = DateParser.Read(text, culture, Today);

        Assert.Equal(DateAnswerKind.Duration, answer?.Kind);
        Assert.Equal(TimeSpan.FromDays(days), answer?.Duration);
    }

    [Fact]
    public void The_middle_of_a_period_stands_for_it_as_one_day()
    {
        Assert.Equal(new DateOnly(2019, 7, 2), DateParser.Read("in 2019", "en-us", Today)!.ApproximateDate);
    }

    [Theory]
    [InlineData("no idea")]
    [InlineData("")]
    public void An_answer_without_a_time_is_not_read(string text)
    {
        Assert.Null(DateParser.Read(text, "en-us", Today));
    }

    [Fact]
    public async Task A_prompt_for_a_date_asks_again_when_given_a_duration()
    {
        var clock = new FixedTimeProvider(new DateTimeOffset(Today));
        var harness = new DialogHarness(() => Root(
            [Ask("date", "When was your last period?"), Echo()],
            new DatePrompt("date", clock, DateAnswerKind.DateOrRange)));

        await harness.Flow()
            .Send("hi").AssertReply("When was your last period?")
            .Send("2 weeks").AssertReply("When was your last period?")
            .Send("8 years ago").AssertReply("got 2018-11-29")
            .StartTestAsync();
    }
}
