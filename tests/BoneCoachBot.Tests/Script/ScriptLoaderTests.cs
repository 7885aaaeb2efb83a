using BoneCoachBot.Script;
using BoneCoachBot.Tests.Support;

namespace BoneCoachBot.Tests.Script;

public sealed class ScriptLoaderTests
{
    // A small valid loading.json; each broken case below changes one line of it.
    private static readonly string[] ValidLoading =
    [
        /* 1 */ "{",
        /* 2 */ "  \"dialog\": \"loading\",",
        /* 3 */ "  \"title\": \"loading your bones\",",
        /* 4 */ "  \"questions\": [",
        /* 5 */ "    {",
        /* 6 */ "      \"id\": \"impactDaysPerWeek\",",
        /* 7 */ "      \"ask\": \"How many days a week?\",",
        /* 8 */ "      \"why\": \"Impact reaches the hip.\",",
        /* 9 */ "      \"answer\": { \"type\": \"frequency\", \"min\": 0, \"max\": 7 }",
        /* 10 */ "    },",
        /* 11 */ "    {",
        /* 12 */ "      \"id\": \"balanceTraining\",",
        /* 13 */ "      \"ask\": \"Any balance practice?\",",
        /* 14 */ "      \"why\": \"Falls cause most fractures.\",",
        /* 15 */ "      \"answer\": { \"type\": \"yesNo\" }",
        /* 16 */ "    }",
        /* 17 */ "  ]",
        /* 18 */ "}",
    ];

    private static string LoadingWith(int line, string replacement)
    {
        var lines = ValidLoading.ToArray();
        lines[line - 1] = replacement;
        return string.Join('\n', lines);
    }

    [Fact]
    public void The_shipped_script_loads_with_every_dialog_the_bot_needs()
    {
        var script = ScriptLoader.Load(RepositoryPaths.Dialogs);

        Assert.All(ConversationScript.RequiredDialogs, name => Assert.True(script.Dialogs.ContainsKey(name), name));
        Assert.All(script.Dialogs.Values.SelectMany(d => d.Questions), q => Assert.False(string.IsNullOrWhiteSpace(q.Why), q.Id));
    }

    [Fact]
    public void A_valid_replacement_file_loads()
    {
        // The diet file: no other file's gate or list points into it (the history list answers loading's questions).
        var diet = string.Join('\n', ValidLoading).Replace("\"loading\"", "\"diet\"", StringComparison.Ordinal)
            .Replace("impactDaysPerWeek", "fishDaysPerWeek", StringComparison.Ordinal);
        using var folder = new ScriptFolder().Write("diet.json", diet);

        var replaced = ScriptLoader.Load(folder.Path)["diet"];

        Assert.Equal(["fishDaysPerWeek", "balanceTraining"], replaced.Questions.Select(q => q.Id));
        Assert.Equal(7, replaced.Question("fishDaysPerWeek").Answer.Max);
    }

    public static TheoryData<string, int, string, int, string> BrokenFiles => new()
    {
        { "invalid JSON", 7, "      \"ask\": \"How many days a week?\"", 8, "not valid JSON" },
        { "a question without 'why'", 14, "      \"whyNot\": \"Falls cause most fractures.\",", 14, "unknown field 'whyNot'" },
        { "min above max", 9, "      \"answer\": { \"type\": \"frequency\", \"min\": 9, \"max\": 7 }", 9, "min 9 is above max 7" },
        { "an unknown answer type", 15, "      \"answer\": { \"type\": \"colour\" }", 15, "type" },
        { "a range answer without max", 9, "      \"answer\": { \"type\": \"frequency\", \"min\": 0 }", 9, "max" },
        { "a duplicate question id", 12, "      \"id\": \"impactDaysPerWeek\",", 12, "appears twice" },
        { "a dialog named unlike its file", 2, "  \"dialog\": \"lifting\",", 2, "loading.json" },
        { "empty wording", 13, "      \"ask\": \"   \",", 13, "ask" },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void A_broken_file_is_refused_naming_the_file_and_line(string why, int line, string replacement, int expectedLine, string expectedText)
    {
        using var folder = new ScriptFolder().Write("loading.json", LoadingWith(line, replacement));

        var broken = Assert.Throws<ScriptException>(() => ScriptLoader.Load(folder.Path));

        Assert.Equal("dialogs/loading.json", broken.File);
        Assert.True(expectedLine == broken.Line, $"{why}: expected line {expectedLine}, got {broken.Line}: {broken.Message}");
        Assert.Contains(expectedText, broken.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_pass_kept_for_a_file_does_not_cover_it_once_edited_and_a_broken_file_fails_every_load()
    {
        var unknownField = LoadingWith(14, "      \"whyNot\": \"Falls cause most fractures.\",");
        using var folder = new ScriptFolder();
        _ = ScriptLoader.Load(folder.Path);
        File.WriteAllText(Path.Combine(folder.Path, "loading.json"), unknownField);

        var first = Assert.Throws<ScriptException>(() => ScriptLoader.Load(folder.Path));
        var second = Assert.Throws<ScriptException>(() => ScriptLoader.Load(folder.Path));

        Assert.All([first, second], broken => Assert.Contains("unknown field 'whyNot'", broken.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_dialog_file_is_refused_by_name()
    {
        using var folder = new ScriptFolder().Delete("checkin.json");

        var broken = Assert.Throws<ScriptException>(() => ScriptLoader.Load(folder.Path));

        Assert.Equal("dialogs/checkin.json", broken.File);
    }

    [Fact]
    public void A_choice_phrase_pointing_at_two_choices_is_refused()
    {
        using var folder = new ScriptFolder().Write("loading.json", LoadingWith(15,
            "      \"answer\": { \"type\": \"choice\", \"choices\": [ { \"value\": \"a\", \"title\": \"Often\" }, { \"value\": \"b\", \"title\": \"Rarely\", \"synonyms\": [\"often\"] } ] }"));

        var broken = Assert.Throws<ScriptException>(() => ScriptLoader.Load(folder.Path));

        Assert.Contains("'often' appears twice", broken.Message);
    }

    [Fact]
    public async Task The_bot_refuses_to_start_on_a_broken_script_and_says_where()
    {
        using var folder = new ScriptFolder().Write("loading.json", LoadingWith(9, "      \"answer\": { \"type\": \"frequency\", \"min\": 9, \"max\": 7 }"));

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            BotProcess.StartAsync(new Dictionary<string, string> { ["BoneCoach__Script__Directory"] = folder.Path }));

        Assert.Contains("dialogs/loading.json line 9", refused.Message);
    }
}
