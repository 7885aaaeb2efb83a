using System.Text.Json.Nodes;
using BoneCoachBot.Wording;
using BoneCoachBot.Script;
using BoneCoachBot.Tests.Script;
using BoneCoachBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BoneCoachBot.Tests.Wording;

public sealed class WordingStartupTests
{
    private static ScriptFolder FolderWith(string dialog, Action<JsonObject> change)
    {
        var folder = new ScriptFolder();
        var path = Path.Combine(folder.Path, dialog + ".json");
        var json = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        change(json["texts"]!.AsObject());
        return folder.Write(dialog + ".json", json.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
    }

    private static CoachingWording Load(ScriptFolder folder) => CoachingWording.From(ScriptLoader.Load(folder.Path), folder.Path);

    [Fact]
    public void The_shipped_wording_passes_the_start_up_check()
    {
        using var folder = new ScriptFolder();

        Assert.NotNull(Load(folder));
    }

    [Theory]
    [InlineData("feedback", "reason.proteinBelowTarget")]
    [InlineData("feedback", "layer.minerals.priority")]
    [InlineData("plan", "action.referToClinician.target")]
    [InlineData("plan", "redFlag.urgentChestPain")]
    [InlineData("plan", "note.mineralsAloneWillNotShiftRemodeling")]
    [InlineData("plan", "emergency.call")]
    public void A_missing_text_stops_loading_and_names_the_file_and_the_key(string dialog, string key)
    {
        using var folder = FolderWith(dialog, texts => Assert.True(texts.Remove(key)));

        var broken = Assert.Throws<ScriptException>(() => Load(folder));

        Assert.Equal($"dialogs/{dialog}.json", broken.File);
        Assert.NotNull(broken.Line);
        Assert.Contains($"'{key}'", broken.Message);
    }

    [Fact]
    public void A_placeholder_that_is_no_figure_of_the_core_stops_loading_at_its_line()
    {
        using var folder = FolderWith("feedback", texts => texts["reason.proteinAtTarget"] = "You eat {proteinPerDay} a day.");
        var line = File.ReadAllLines(Path.Combine(folder.Path, "feedback.json")).ToList().FindIndex(l => l.Contains("{proteinPerDay}")) + 1;

        var broken = Assert.Throws<ScriptException>(() => Load(folder));

        Assert.Equal(line, broken.Line);
        Assert.Contains("{proteinPerDay}", broken.Message);
    }

    [Fact]
    public void An_unknown_format_stops_loading()
    {
        using var folder = FolderWith("plan", texts => texts["action.keepImpact.target"] = "Impact on {impactDaysPerWeek:words}");

        var broken = Assert.Throws<ScriptException>(() => Load(folder));

        Assert.Contains(":words", broken.Message);
    }

    [Fact]
    public async Task The_host_refuses_to_start_when_a_text_is_missing()
    {
        using var folder = FolderWith("plan", texts => Assert.True(texts.Remove("status.priority")));

        var refused = await BotProcess.RefusalAsync(new Dictionary<string, string> { ["BoneCoach__Script__Directory"] = folder.Path });

        Assert.Contains("dialogs/plan.json", refused);
        Assert.Contains("status.priority", refused);
    }
}
