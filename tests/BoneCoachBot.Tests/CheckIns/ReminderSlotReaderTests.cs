using BoneCoachBot.CheckIns.Settings;

namespace BoneCoachBot.Tests.CheckIns;

public sealed class ReminderSlotReaderTests
{
    public static TheoryData<string, DayOfWeek?, string?> Slots => new()
    {
        { "Thursday evening", DayOfWeek.Thursday, "19:00" },
        { "fridays at 7pm", DayOfWeek.Friday, "19:00" },
        { "yes but on Sundays", DayOfWeek.Sunday, null },
        { "weds morning", DayOfWeek.Wednesday, "09:00" },
        { "at 8:30 please", null, "08:30" },
        { "tuesday evening at 8", DayOfWeek.Tuesday, "20:00" },
        { "not mondays, saturdays are better", DayOfWeek.Saturday, null },
        { "remind me on Fridays at 18:45", DayOfWeek.Friday, "18:45" },
        { "evenings", null, "19:00" },
    };

    [Theory]
    [MemberData(nameof(Slots))]
    public void A_day_and_time_she_names_anywhere_in_her_answer_are_read(string said, DayOfWeek? day, string? time)
    {
        var slot = ReminderSlotReader.Read(said);

        Assert.NotNull(slot);
        Assert.Equal(day, slot.Day);
        Assert.Equal(time, slot.Time?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("no thanks")]
    [InlineData("2")]
    [InlineData("not on mondays")]
    [InlineData("sounds good")]
    public void An_answer_without_a_day_or_time_is_no_slot(string said) => Assert.Null(ReminderSlotReader.Read(said));

    [Theory]
    [InlineData("yes please", true)]
    [InlineData("no thanks", false)]
    [InlineData("nope", false)]
    [InlineData("Thursday evening", true)]
    public void Her_answer_to_the_offer_is_yes_no_or_another_time(string said, bool accepted) =>
        Assert.Equal(accepted, ReminderOfferAnswer.Read(said, "en-US")!.Accepted);

    [Fact]
    public void An_unclear_answer_to_the_offer_is_neither() => Assert.Null(ReminderOfferAnswer.Read("what is this for", "en-US"));
}
