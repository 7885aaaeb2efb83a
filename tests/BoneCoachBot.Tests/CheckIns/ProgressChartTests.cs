using BoneCoach.Assessment;
using BoneCoachBot.CheckIns.Progress;
using SkiaSharp;

namespace BoneCoachBot.Tests.CheckIns;

public sealed class ProgressChartTests
{
    private static readonly ChartLabels Labels = new("Your last 12 weeks", "sessions, days or hours", "Strength sessions", "Strength goal", "Protein days", "Sleep (hours)", "Balance sessions");

    public static CheckInRecord FourteenWeeks()
    {
        var monday = new DateOnly(2026, 1, 5);
        var history = Enumerable.Range(0, 14).Select(i => new CheckIn
        {
            WeekStarting = monday.AddDays(7 * i),
            StrengthSessionsDone = i % 3,
            ImpactDaysDone = 2 + (i % 3),
            ProteinDaysAtTarget = 3 + (i % 5),
            AverageSleepHours = i == 6 ? null : 6 + (i % 4) * 0.5,
        }).ToList();
        return new CheckInRecord { History = history, Goals = [.. StarterGoals.All] };
    }

    [Fact]
    public void Chart_is_a_png_of_the_expected_size_with_drawn_bars_and_lines()
    {
        var png = ProgressChart.RenderPng(FourteenWeeks(), Labels);
        File.WriteAllBytes(Path.Combine(Path.GetTempPath(), "bonecoach-progress-chart.png"), png);

        using var bitmap = SKBitmap.Decode(png);

        Assert.NotNull(bitmap);
        Assert.Equal((ProgressChart.WidthPixels, ProgressChart.HeightPixels), (bitmap.Width, bitmap.Height));
        var pixels = bitmap.Pixels;
        var inked = pixels.Count(p => p.Red < 200 || p.Green < 200 || p.Blue < 200);
        Assert.InRange(inked, pixels.Length / 50, pixels.Length / 2);
        // The series colours are there: blue bars, green protein line, purple sleep line.
        Assert.Contains(pixels, p => p.Blue > 150 && p.Red < 120 && p.Green > 100 && p.Green < 160);
        Assert.Contains(pixels, p => p.Green > 120 && p.Red < 80 && p.Blue < 120);
        Assert.Contains(pixels, p => p.Red > 120 && p.Blue > 170 && p.Green < 80);
    }

    [Fact]
    public void Chart_shows_only_the_last_twelve_weeks()
    {
        var record = FourteenWeeks();
        var onlyLastTwelve = record with { History = record.History.Skip(2).ToList() };

        Assert.Equal(ProgressChart.RenderPng(onlyLastTwelve, Labels), ProgressChart.RenderPng(record, Labels));
    }

    [Fact]
    public void A_single_week_still_draws()
    {
        var record = new CheckInRecord { History = [new CheckIn { WeekStarting = new DateOnly(2026, 3, 2), StrengthSessionsDone = 2 }] };

        using var bitmap = SKBitmap.Decode(ProgressChart.RenderPng(record, Labels));

        Assert.Equal(ProgressChart.WidthPixels, bitmap.Width);
    }
}
