using BoneCoach.Assessment;
using BoneCoachBot.Wording;

namespace BoneCoachBot.Tests.Wording;

public sealed class FigureFormatTests
{
    [Theory]
    [InlineData(FigureName.ProteinTargetGramsPerDay, 72, "72 g")]
    [InlineData(FigureName.ProteinGramsPerDay, 49.6, "50 g")]
    [InlineData(FigureName.ProteinGramsPerKg, 0.8333, "0.8 g/kg")]
    [InlineData(FigureName.CalciumRdaMgPerDay, 1200, "1,200 mg")]
    [InlineData(FigureName.VitaminDUpperLimitIuPerDay, 4000, "4,000 IU")]
    [InlineData(FigureName.VitaminDNmolPerL, 49.92, "50 nmol/L")]
    [InlineData(FigureName.StrengthSessionsPerWeek, 2, "twice a week")]
    [InlineData(FigureName.StrengthSessionsPerWeek, 1, "once a week")]
    [InlineData(FigureName.BalanceSessionsPerWeek, 3, "3 times a week")]
    [InlineData(FigureName.ImpactDaysPerWeek, 1, "1 day a week")]
    [InlineData(FigureName.ImpactDaysPerWeek, 4, "4 days a week")]
    [InlineData(FigureName.SleepHours, 7.5, "7.5 hours")]
    [InlineData(FigureName.SleepHours, 1, "1 hour")]
    [InlineData(FigureName.HbA1cPercent, 5.7, "5.7%")]
    [InlineData(FigureName.TScore, -2.7, "-2.7")]
    [InlineData(FigureName.Threshold, 50, "50")]
    public void Figures_are_written_for_people_with_their_unit(FigureName name, double value, string expected)
    {
        Assert.Equal(expected, FigureFormat.WithUnit(name, value));
    }

    [Fact]
    public void The_number_only_format_leaves_the_unit_to_the_sentence()
    {
        var figures = new[] { new Figure(FigureName.SleepMinHours, 7), new Figure(FigureName.SleepMaxHours, 9) };

        Assert.Equal("7 to 9 hours", Template.Fill("{sleepMinHours:number} to {sleepMaxHours}", figures));
        Assert.Null(Template.Fill("{sleepHours}", figures));
    }
}
