using System.Text.Json.Nodes;
using BoneCoachBot.Script;
using BoneCoachBot.Tests.Support;

namespace BoneCoachBot.Tests.Script;

/// <summary>askIf gates and a list's fills are checked at start-up: a broken one stops the bot naming the file and line.</summary>
public sealed class GateRulesTests
{
    public static TheoryData<string, string, string> BrokenGates => new()
    {
        { "tScore", """[{ "question": "bloodTests", "is": true }]""", "not a question asked before it" },
        { "tScore", """[{ "question": "historyScreen", "includes": "mri" }]""", "'mri' is not one of the choice values of 'historyScreen'" },
        { "tScore", """[{ "question": "steroidTablets", "includes": "yes" }]""", "'includes' needs a multiChoice question" },
        { "tScore", """[{ "question": "steroidTablets", "is": "yes" }]""", "compare it with true or false" },
        { "tScore", """[{ "question": "kidneyDisease", "is": ["stage9"] }]""", "'stage9' is not one of the choice values" },
        { "tScore", """[{ "question": "wristHipRibFractures", "known": true }]""", "waits on 'wristHipRibFractures', which is asked later" },
    };

    [Theory]
    [MemberData(nameof(BrokenGates))]
    public void A_broken_gate_stops_loading_and_names_the_question(string questionId, string gate, string problem)
    {
        using var folder = new ScriptFolder().Write("onboarding.json", Onboarding(q => q["id"]!.GetValue<string>() == questionId, q => q["askIf"] = JsonNode.Parse(gate)));

        var broken = Assert.Throws<ScriptException>(() => ScriptLoader.Load(folder.Path));

        Assert.Equal("dialogs/onboarding.json", broken.File);
        Assert.NotNull(broken.Line);
        Assert.Contains(problem, broken.Problem, StringComparison.Ordinal);
        Assert.Contains($"'{questionId}'", broken.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_choice_may_only_fill_a_later_yes_no_question()
    {
        using var folder = new ScriptFolder().Write("onboarding.json", Onboarding(
            q => q["id"]!.GetValue<string>() == "historyScreen",
            q => q["answer"]!["choices"]![0]!["fills"] = "age"));

        var broken = Assert.Throws<ScriptException>(() => ScriptLoader.Load(folder.Path));

        Assert.Contains("'fills' names 'age', which is not a question asked after it", broken.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_question_id_used_by_two_coaching_parts_stops_loading()
    {
        using var folder = new ScriptFolder().Write("onboarding.json", Onboarding(
            q => q["id"]!.GetValue<string>() == "ethnicity",
            q => q["id"] = "smoking"));

        var broken = Assert.Throws<ScriptException>(() => ScriptLoader.Load(folder.Path));

        Assert.Contains("'smoking' is already used", broken.Problem, StringComparison.Ordinal);
    }

    private static string Onboarding(Func<JsonNode, bool> which, Action<JsonNode> change)
    {
        var onboarding = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Dialogs, "onboarding.json")))!;
        change(onboarding["questions"]!.AsArray().Single(q => which(q!))!);
        return onboarding.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
    }
}
