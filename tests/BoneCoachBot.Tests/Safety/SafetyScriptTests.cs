using BoneCoachBot.Safety;
using BoneCoachBot.Script;
using BoneCoachBot.Tests.Script;
using BoneCoachBot.Tests.Support;
using Microsoft.Bot.Schema;

namespace BoneCoachBot.Tests.Safety;

/// <summary>dialogs/safety.json is checked like the rest of the script, and its helplines are chosen by where she is.</summary>
public sealed class SafetyScriptTests
{
    private static readonly Helplines Lines = new(ScriptTexts.Script[ScriptParts.Safety].Helplines, "your local emergency number", "a crisis line", "call {number}");

    [Fact]
    public void A_triage_pattern_that_cannot_compile_stops_loading_naming_its_line()
    {
        var safety = File.ReadAllText(Path.Combine(RepositoryPaths.Dialogs, "safety.json"));
        var lines = safety.Split('\n');
        var index = Array.FindIndex(lines, l => l.Contains("\"\\\\bchest (pain", StringComparison.Ordinal));
        lines[index] = "        \"\\\\bchest (pain\",";
        using var folder = new ScriptFolder().Write("safety.json", string.Join('\n', lines));

        var broken = Assert.Throws<ScriptException>(() => ScriptLoader.Load(folder.Path));

        Assert.Equal("dialogs/safety.json", broken.File);
        Assert.Equal(index + 1, broken.Line);
        Assert.Contains("can't be used", broken.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\\\\bchest ((really |so )*)?(pain|tight)\\\\b", "repeats the group '(really |so )' without bound")]
    [InlineData("\\\\bchest\\\\w*\\\\s+\\\\w+ pain\\\\b", "has 3 open-ended repetitions")]
    public void A_triage_pattern_that_would_backtrack_slowly_stops_loading_naming_its_line(string pattern, string problem)
    {
        var safety = File.ReadAllText(Path.Combine(RepositoryPaths.Dialogs, "safety.json"));
        var lines = safety.Split('\n');
        var index = Array.FindIndex(lines, l => l.Contains("\"\\\\bchest (pain", StringComparison.Ordinal));
        lines[index] = $"        \"{pattern}\",";
        using var folder = new ScriptFolder().Write("safety.json", string.Join('\n', lines));

        var broken = Assert.Throws<ScriptException>(() => ScriptLoader.Load(folder.Path));

        Assert.Equal(index + 1, broken.Line);
        Assert.Contains(problem, broken.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_safety_file_is_required()
    {
        using var folder = new ScriptFolder().Delete("safety.json");

        var broken = Assert.Throws<ScriptException>(() => ScriptLoader.Load(folder.Path));

        Assert.Equal("dialogs/safety.json", broken.File);
    }

    [Theory]
    [InlineData("Europe/London", "en-US", "999 (or 112)", "call 116 123 (Samaritans, free, day or night)")]
    [InlineData(null, "es-ES", "112", "call 024 (Línea 024, free, day or night)")]
    [InlineData(null, "en-IE", "112 or 999", "call 116 123 (Samaritans, free, day or night)")]
    [InlineData("America/Chicago", "es-MX", "911", "call 988 (the 988 Suicide & Crisis Lifeline)")]
    [InlineData("America/Santiago", "es-CL", "131 (SAMU ambulance)", "call *4141 (Línea de Prevención del Suicidio, free, day or night)")]
    [InlineData(null, "es-PE", "106 (SAMU ambulance)", "call 113, option 5 (Minsa mental health line, free, day or night)")]
    [InlineData("America/Argentina/Cordoba", "es-AR", "107 (medical emergencies) or 911", "call 0800 999 0091 (national mental health line, free, day or night)")]
    [InlineData("America/Montevideo", null, "911", "call 0800 0767, or *0767 from a mobile (Línea Vida, free, day or night)")]
    [InlineData("America/Bogota", "es-CO", "123", "a crisis line")]
    [InlineData("Europe/Rome", null, "112", "a crisis line")]
    [InlineData("Asia/Tokyo", "ja-JP", "your local emergency number", "a crisis line")]
    [InlineData(null, null, "your local emergency number", "a crisis line")]
    [InlineData("", "en", "your local emergency number", "a crisis line")]
    public void Her_time_zone_then_her_locale_choose_the_numbers_and_nowhere_listed_gets_no_guess(
        string? timeZone, string? locale, string emergency, string crisis)
    {
        var numbers = Lines.For(new Activity { LocalTimezone = timeZone, Locale = locale });

        Assert.Equal(new HelplineNumbers(emergency, crisis), numbers);
    }
}
