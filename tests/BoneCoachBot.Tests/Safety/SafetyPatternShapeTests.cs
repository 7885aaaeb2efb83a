using System.Reflection;
using System.Text.RegularExpressions;
using BoneCoachBot.Safety;

namespace BoneCoachBot.Tests.Safety;

/// <summary>
/// The safety net's own patterns (sentence breaks, first person) see every message, as the triage phrases do, and are
/// held to the same shape: no group repeated without bound, at most one open-ended repetition.
/// </summary>
public sealed class SafetyPatternShapeTests
{
    [Fact]
    public void Every_pattern_in_the_safety_code_backtracks_fast()
    {
        const BindingFlags Static = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        var patterns = typeof(TriagePatterns).Assembly.GetTypes()
            .Where(type => type.Namespace == typeof(TriagePatterns).Namespace && !type.ContainsGenericParameters)
            .SelectMany(type => type.GetFields(Static).Where(f => f.FieldType == typeof(Regex)).Select(f => (Owner: type.Name, Pattern: ((Regex)f.GetValue(null)!).ToString())))
            .ToList();

        Assert.Contains(patterns, p => p.Owner == nameof(TriageClassifier));
        Assert.Contains(patterns, p => p.Owner == nameof(TriageText));
        Assert.All(patterns, p => Assert.True(RegexShape.Problem(p.Pattern, TriagePatterns.MaxOpenEnded) is null, $"{p.Owner}: '{p.Pattern}' {RegexShape.Problem(p.Pattern, TriagePatterns.MaxOpenEnded)}"));
    }
}
