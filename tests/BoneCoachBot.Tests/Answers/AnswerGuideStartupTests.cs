using System.Text.Json.Nodes;
using BoneCoachBot.Tests.Script;
using BoneCoachBot.Tests.Support;

namespace BoneCoachBot.Tests.Answers;

/// <summary>dialogs/answers.json is checked when the host starts, not at her first message.</summary>
public sealed class AnswerGuideStartupTests
{
    [Fact]
    public async Task The_host_refuses_to_start_when_a_question_has_no_fact()
    {
        using var folder = new ScriptFolder();
        var path = Path.Combine(folder.Path, "answers.json");
        var answers = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        var facts = answers["facts"]!.AsArray();
        Assert.True(facts.Remove(facts.Single(f => (string?)f!["question"] == "weight")));
        folder.Write("answers.json", answers.ToJsonString());

        // Starting the bot is enough: before this check the first message answered 500 instead.
        var refused = await BotProcess.RefusalAsync(new Dictionary<string, string> { ["BoneCoach__Script__Directory"] = folder.Path });

        Assert.Contains("dialogs/answers.json", refused);
        Assert.Contains("'weight'", refused);
    }
}
