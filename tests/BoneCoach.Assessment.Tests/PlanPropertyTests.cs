using System.Text.Json;
using CsCheck;

namespace BoneCoach.Assessment.Tests;

// Invariants over random answer sets (CsCheck shrinks any failure to a small case).
public class PlanPropertyTests
{
    private const long Iterations = 2_000;

    [Fact]
    public void Plan_actions_always_follow_the_hierarchy() =>
        Generators.Case.Sample((profile, answers) =>
        {
            var plan = BoneAssessment.Assess(profile, answers).Plan;
            return IsInHierarchyOrder(plan.Actions) && IsInHierarchyOrder(plan.KeepDoing);
        }, iter: Iterations);

    [Fact]
    public void Hormone_therapy_is_never_suggested_unless_she_has_no_contraindication() =>
        Generators.Case.Sample((profile, answers) =>
        {
            var plan = BoneAssessment.Assess(profile, answers).Plan;
            var clear = profile.HormoneTherapyContraindications == HormoneTherapyContraindications.None;
            return clear || !plan.Has(ActionCode.DiscussHormoneTherapyWithClinician);
        }, iter: Iterations);

    [Fact]
    public void A_paused_layer_only_ever_holds_referrals_and_what_is_safe_until_she_is_seen() =>
        Generators.Case.Sample((profile, answers) =>
        {
            var result = BoneAssessment.Assess(profile, answers);
            return Hierarchy.Order.Where(result.IsReferred).All(layer =>
                result.Plan.Actions.Where(a => a.Layer == layer).All(a => a.Code is ActionCode.ReferToClinician or ActionCode.KeepMovingGentlyUntilSeen)
                && result.Plan.KeepDoing.All(a => a.Layer != layer));
        }, iter: Iterations);

    [Fact]
    public void Every_weak_layer_that_is_not_referred_gets_at_least_one_action() =>
        Generators.Case.Sample((profile, answers) =>
        {
            var result = BoneAssessment.Assess(profile, answers);
            return result.Plan.IsEmergency || result.Layers.Where(l => l.IsWeak && !result.IsReferred(l.Layer))
                .All(l => result.Plan.Actions.Any(a => a.Layer == l.Layer));
        }, iter: Iterations);

    [Fact]
    public void The_minerals_note_appears_exactly_when_minerals_are_fine_or_focused_and_a_higher_layer_is_weak() =>
        Generators.Case.Sample((profile, answers) =>
        {
            var result = BoneAssessment.Assess(profile, answers);
            var mineralsInFocus = result.For(Layer.Minerals).Status == LayerStatus.OnTrack || answers.Minerals.FocusedOnSupplements == true;
            var weakHigher = result.Layers.Any(l => l.Layer != Layer.Minerals && l.IsWeak);
            var expected = !result.Plan.IsEmergency && mineralsInFocus && weakHigher;
            var noted = result.Plan.Has(PlanNoteCode.MineralsAloneWillNotShiftRemodeling);
            var leadsHigher = !noted || result.Plan.Actions[0].Layer != Layer.Minerals;
            return noted == expected && leadsHigher;
        }, iter: Iterations);

    [Fact]
    public void Same_input_gives_the_same_output() =>
        Generators.Case.Sample((profile, answers) =>
        {
            var copyProfile = JsonSerializer.Deserialize<Profile>(JsonSerializer.Serialize(profile))!;
            var copyAnswers = JsonSerializer.Deserialize<LayerAnswers>(JsonSerializer.Serialize(answers))!;
            var first = JsonSerializer.Serialize(BoneAssessment.Assess(profile, answers));
            var second = JsonSerializer.Serialize(BoneAssessment.Assess(copyProfile, copyAnswers));
            return first == second;
        }, iter: Iterations);

    [Fact]
    public void Every_status_comes_with_its_reasons_and_no_reason_is_heavier_than_the_status() =>
        Generators.Case.Sample((profile, answers) =>
            BoneAssessment.Assess(profile, answers).Layers.All(l => l.Status switch
            {
                LayerStatus.Priority => l.Reasons.Any(r => r.Severity == Severity.Priority),
                LayerStatus.NeedsWork => l.Reasons.Any(r => r.Severity == Severity.NeedsWork) && l.Reasons.All(r => r.Severity != Severity.Priority),
                _ => l.Reasons.All(r => r.Severity is Severity.Fine or Severity.Note),
            }), iter: Iterations);

    [Fact]
    public void Plan_order_example_is_loading_endocrine_inflammation_substrate_minerals()
    {
        var answers = new LayerAnswers
        {
            Loading = new LoadingAnswers { StrengthSessionsPerWeek = 0 },
            Endocrine = new EndocrineAnswers { VitaminDNgPerMl = 15 },
            Substrate = new SubstrateAnswers { ProteinGramsPerDay = 40 },
            Inflammation = new InflammationAnswers { WaistCm = 90 },
            Minerals = new MineralsAnswers { CalciumFoodMgPerDay = 500, CalciumSupplementMgPerDay = 0 },
        };

        var layers = BoneAssessment.Assess(Personas.Anna, answers).Plan.Actions.Select(a => a.Layer).Distinct();

        Assert.Equal([Layer.Loading, Layer.Endocrine, Layer.Inflammation, Layer.Substrate, Layer.Minerals], layers);
    }

    private static bool IsInHierarchyOrder(IReadOnlyList<PlanAction> actions) =>
        actions.Zip(actions.Skip(1)).All(pair => Hierarchy.Rank(pair.First.Layer) <= Hierarchy.Rank(pair.Second.Layer));
}
