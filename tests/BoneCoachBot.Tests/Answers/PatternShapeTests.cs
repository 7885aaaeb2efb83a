using System.Reflection;
using System.Text.RegularExpressions;
using BoneCoach.Dialogs;
using BoneCoachBot.Dialogs.Questions;
using BoneCoachBot.Safety;

namespace BoneCoachBot.Tests.Answers;

/// <summary>
/// Every pattern in the engine's and the bot's code backtracks fast on any message (<see cref="RegexShape"/>); the safety
/// net's own patterns see every message, as the triage phrases do, and are held to the triage's stricter shape. The
/// triage phrases in dialogs/ are held to it when the script loads.
/// </summary>
public sealed class PatternShapeTests
{
    private static readonly List<(Type Owner, string Pattern)> Patterns =
        [.. PatternsIn(typeof(MentionFinder).Assembly), .. PatternsIn(typeof(TriagePatterns).Assembly)];

    [Fact]
    public void No_pattern_in_the_code_has_a_shape_that_backtracks_slowly()
    {
        Assert.Contains(Patterns, p => p.Owner == typeof(MentionFinder));
        Assert.Contains(Patterns, p => p.Owner == typeof(AnswerReader));
        Assert.All(Patterns, p => Assert.True(RegexShape.Problem(p.Pattern) is null, $"{p.Owner.Name}: '{p.Pattern}' {RegexShape.Problem(p.Pattern)}"));
    }

    [Fact]
    public void The_safety_nets_own_patterns_have_the_triage_phrases_shape()
    {
        var safety = Patterns.Where(p => p.Owner.Namespace == typeof(TriagePatterns).Namespace).ToList();

        Assert.Contains(safety, p => p.Owner == typeof(TriageClassifier));
        Assert.Contains(safety, p => p.Owner == typeof(TriageText));
        Assert.All(safety, p => Assert.True(RegexShape.Problem(p.Pattern, TriagePatterns.MaxOpenEnded) is null, $"{p.Owner.Name}: '{p.Pattern}' {RegexShape.Problem(p.Pattern, TriagePatterns.MaxOpenEnded)}"));
    }

    // The source generator's accessors ([GeneratedRegex] partial methods) and the patterns built into static fields.
    private static IEnumerable<(Type Owner, string Pattern)> PatternsIn(Assembly assembly)
    {
        const BindingFlags Static = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        foreach (var type in assembly.GetTypes().Where(t => !t.ContainsGenericParameters && t.Namespace != "System.Text.RegularExpressions.Generated"))
        {
            var fromMethods = type.GetMethods(Static).Where(m => m.ReturnType == typeof(Regex) && m.GetParameters().Length == 0).Select(m => (Regex?)m.Invoke(null, null));
            var fromFields = type.GetFields(Static).Where(f => f.FieldType == typeof(Regex)).Select(f => (Regex?)f.GetValue(null));
            foreach (var regex in fromMethods.Concat(fromFields).OfType<Regex>())
            {
                yield return (type, regex.ToString());
            }
        }
    }
}
