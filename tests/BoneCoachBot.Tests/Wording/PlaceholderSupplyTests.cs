using BoneCoach.Assessment;
using BoneCoachBot.Wording;
using BoneCoachBot.Script;

namespace BoneCoachBot.Tests.Wording;

/// <summary>
/// Every sentence fills with the figures the core really supplies: run the core on many women, then fill each
/// reason, target and red flag. A placeholder the core never supplies for that code leaves a sentence unfilled.
/// </summary>
public sealed class PlaceholderSupplyTests
{
    private static readonly IReadOnlyList<AssessmentResult> Results = Generators.Batch(3000);

    private static DialogScript Plan => ShippedWording.Script[WordingKeys.PlanFile];

    private static DialogScript Feedback => ShippedWording.Script[WordingKeys.FeedbackFile];

    [Fact]
    public void Every_reason_the_core_produces_fills_its_sentence_with_her_numbers()
    {
        var reasons = Results.SelectMany(r => r.Layers).SelectMany(l => l.Reasons).ToList();

        Assert.All(reasons, reason => Assert.NotNull(ShippedWording.Wording.FillFeedback(WordingKeys.Reason(reason.Code), reason.Figures)));
        // Alcohol is judged by units now (issue 13): the frequency finding is kept as a code but never produced.
        Assert.Equal(Enum.GetValues<ReasonCode>().Where(c => c != ReasonCode.AlcoholMostDays).Order(), reasons.Select(r => r.Code).Distinct().Order());
    }

    [Fact]
    public void Every_action_the_core_produces_fills_its_target()
    {
        var actions = Results.SelectMany(r => r.Plan.Actions.Concat(r.Plan.KeepDoing)).ToList();

        Assert.All(actions, action => Assert.NotNull(ShippedWording.Wording.FillPlan(WordingKeys.ActionTarget(action.Code), action.Target.Figures)));
        Assert.Equal(Enum.GetValues<ActionCode>().Order(), actions.Select(a => a.Code).Distinct().Order());
    }

    [Fact]
    public void Every_red_flag_the_core_raises_is_named_with_its_numbers()
    {
        var flags = Results.SelectMany(r => r.RedFlags).ToList();

        Assert.All(flags, flag => Assert.NotNull(ShippedWording.Wording.FillPlan(WordingKeys.RedFlag(flag.Code), flag.Figures)));
    }

    // No variant may wait for a figure the core never gives that code: it would be dead wording.
    [Fact]
    public void Every_variant_uses_only_figures_the_core_gives_that_code()
    {
        var reasonFigures = Supplied(Results.SelectMany(r => r.Layers).SelectMany(l => l.Reasons), r => WordingKeys.Reason(r.Code), r => r.Figures);
        var targetFigures = Supplied(Results.SelectMany(r => r.Plan.Actions.Concat(r.Plan.KeepDoing)),
            a => WordingKeys.ActionTarget(a.Code), a => a.Target.Figures);

        AssertSupplied(Feedback, reasonFigures);
        AssertSupplied(Plan, targetFigures);
    }

    private static Dictionary<string, HashSet<FigureName>> Supplied<T>(IEnumerable<T> items, Func<T, string> key, Func<T, IReadOnlyList<Figure>> figures) =>
        items.GroupBy(key).ToDictionary(g => g.Key, g => g.SelectMany(figures).Select(f => f.Name).ToHashSet());

    private static void AssertSupplied(DialogScript file, Dictionary<string, HashSet<FigureName>> supplied)
    {
        foreach (var (key, names) in supplied)
        {
            foreach (var template in CoachingWording.Candidates(file, key))
            {
                Assert.All(Template.Placeholders(template), p => Assert.True(names.Contains(Template.FigureNamed(p.Name)!.Value),
                    $"{file.Dialog}.json '{key}' uses {{{p.Name}}}, which the core never gives that code."));
            }
        }
    }
}
