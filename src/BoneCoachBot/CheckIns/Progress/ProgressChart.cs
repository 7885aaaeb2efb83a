using BoneCoach.Assessment;
using ScottPlot;

namespace BoneCoachBot.CheckIns.Progress;

/// <summary>
/// The last 12 weeks as a PNG: strength sessions (bars) against their goal (dashed), protein days and sleep hours
/// (lines). One y axis: all three are small counts on the same 0–10 scale, which keeps the picture readable.
/// </summary>
public static class ProgressChart
{
    public const int Weeks = 12;
    public const int WidthPixels = 800;
    public const int HeightPixels = 450;

    public static byte[] RenderPng(CheckInRecord record, ChartLabels labels)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(labels);
        var weeks = LastWeeks(record.History);
        var plot = new Plot();
        plot.Font.Set(ChartFont.EnsureRegistered());
        var xs = Enumerable.Range(0, weeks.Count).Select(i => (double)i).ToArray();

        AddStrength(plot, xs, weeks, record.GoalsOrDefault, labels);
        AddLine(plot, xs, weeks.Select(w => (double?)w.ProteinDaysAtTarget).ToArray(), labels.ProteinDays, Colors.SeaGreen, MarkerShape.FilledCircle);
        AddLine(plot, xs, weeks.Select(w => w.AverageSleepHours).ToArray(), labels.SleepHours, Colors.DarkOrchid, MarkerShape.FilledSquare);
        AddLine(plot, xs, weeks.Select(w => (double?)w.BalanceSessionsDone).ToArray(), labels.BalanceSessions, Colors.DarkOrange, MarkerShape.FilledDiamond);

        plot.Title(labels.Title, size: 20);
        plot.YLabel(labels.YAxis, size: 15);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            xs, weeks.Select(w => w.WeekStarting.ToString("d MMM", System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        plot.Axes.Bottom.TickLabelStyle.FontSize = 13;
        plot.Axes.Left.TickLabelStyle.FontSize = 13;
        // Headroom above 10 (a long night's sleep) keeps the legend clear of the lines.
        plot.Axes.SetLimits(-0.6, Math.Max(weeks.Count, 1) - 0.4, 0, 12);
        plot.ShowLegend(Alignment.UpperLeft, Orientation.Horizontal);
        plot.Legend.FontSize = 13;
        return plot.GetImageBytes(WidthPixels, HeightPixels, ImageFormat.Png);
    }

    // Up to 12 check-ins, oldest first; a repeated week keeps its latest entry, as the tracker does.
    private static List<CheckIn> LastWeeks(IReadOnlyList<CheckIn> history) =>
        history.Select((c, i) => (c, i)).GroupBy(p => p.c.WeekStarting).Select(g => g.MaxBy(p => p.i).c)
            .OrderBy(c => c.WeekStarting).TakeLast(Weeks).ToList();

    private static void AddStrength(Plot plot, double[] xs, List<CheckIn> weeks, IReadOnlyList<TrackedGoal> goals, ChartLabels labels)
    {
        var bars = plot.Add.Bars(xs, weeks.Select(w => (double)(w.StrengthSessionsDone ?? 0)).ToArray());
        bars.Color = Colors.SteelBlue.WithAlpha(0.8);
        bars.LegendText = labels.StrengthSessions;
        if (goals.FirstOrDefault(g => g.Metric == TargetMetric.StrengthSessions) is { } goal)
        {
            var target = plot.Add.HorizontalLine(goal.WeeklyGoal, width: 2, color: Colors.Navy, pattern: LinePattern.Dashed);
            target.LegendText = labels.StrengthGoal;
        }
    }

    // A week she skipped the question is left out of the line rather than drawn as a zero.
    private static void AddLine(Plot plot, double[] xs, double?[] values, string legend, Color color, MarkerShape marker)
    {
        var known = xs.Zip(values).Where(p => p.Second is not null).ToArray();
        if (known.Length == 0)
        {
            return;
        }

        var line = plot.Add.Scatter(known.Select(p => p.First).ToArray(), known.Select(p => p.Second!.Value).ToArray(), color);
        line.LineWidth = 3;
        line.MarkerShape = marker;
        line.MarkerSize = 9;
        line.LegendText = legend;
    }
}
