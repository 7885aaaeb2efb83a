using System.Reflection;
using System.Text.RegularExpressions;

namespace BoneCoach.Dialogs.Tests.Readers;

/// <summary>
/// No reader pattern can time out: a wall-clock time-out fired on a loaded machine (load 30+) and failed the turn over a
/// reading that was never slow. Each pattern has a shape that backtracks fast instead (<see cref="RegexShape"/>; every
/// pattern in the code is held to it by the bot's PatternShapeTests).
/// </summary>
public class ReaderPatternsTests
{
    private static readonly string[] Readers =
    [
        "ZeroWords", "NotKnowing", "NoneWords", "Hedges", "ListedItems", "MentionFinder", "NumberTokens", "NumberReader",
        "CorrectionReader", "FrequencyWords",
    ];

    public static TheoryData<string> ReaderTypes() => [.. Readers];

    [Theory]
    [MemberData(nameof(ReaderTypes))]
    public void Every_pattern_of_a_reader_runs_without_a_time_out(string reader)
    {
        var patterns = PatternsOf(reader);

        Assert.NotEmpty(patterns);
        Assert.All(patterns, p => Assert.True(p.MatchTimeout == Regex.InfiniteMatchTimeout, $"{reader}: '{p}' times out after {p.MatchTimeout}."));
    }

    private static List<Regex> PatternsOf(string reader)
    {
        var type = typeof(TextBudget).Assembly.GetType("BoneCoach.Dialogs." + reader, throwOnError: true)!;
        const BindingFlags Static = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic;
        var fromMethods = type.GetMethods(Static).Where(m => m.ReturnType == typeof(Regex) && m.GetParameters().Length == 0).Select(m => (Regex)m.Invoke(null, null)!);
        var fromProperties = type.GetProperties(Static).Where(p => p.PropertyType == typeof(Regex)).Select(p => (Regex)p.GetValue(null)!);
        var fromFields = type.GetFields(Static).Where(f => f.FieldType == typeof(Regex)).Select(f => (Regex)f.GetValue(null)!);
        return [.. fromMethods.Concat(fromProperties).Concat(fromFields)];
    }
}
