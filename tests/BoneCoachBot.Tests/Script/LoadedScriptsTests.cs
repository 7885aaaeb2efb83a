using System.Text.Json.Nodes;
using BoneCoachBot.Script;

namespace BoneCoachBot.Tests.Script;

/// <summary>Hosts in one process share a loaded script folder until one of its files changes.</summary>
public sealed class LoadedScriptsTests
{
    [Fact]
    public void An_unchanged_folder_is_loaded_once_and_an_edited_one_again()
    {
        using var folder = new ScriptFolder();
        var first = LoadedScripts.Load(folder.Path);
        Assert.Same(first, LoadedScripts.Load(folder.Path));

        var path = Path.Combine(folder.Path, "consent.json");
        var consent = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        consent["texts"]!["welcome"] = "Hello from an edited file.";
        folder.Write("consent.json", consent.ToJsonString());
        var edited = LoadedScripts.Load(folder.Path);

        Assert.NotSame(first, edited);
        Assert.Equal("Hello from an edited file.", edited["consent"].Text("welcome"));
    }

    [Fact]
    public void A_broken_folder_is_refused_every_time()
    {
        using var folder = new ScriptFolder();
        folder.Write("loading.json", "{ not json");

        Assert.Throws<ScriptException>(() => LoadedScripts.Load(folder.Path));
        Assert.Throws<ScriptException>(() => LoadedScripts.Load(folder.Path));
    }
}
