using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BoneCoachBot.Dialogs.Questions;
using BoneCoachBot.Script;
using BoneCoachBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BoneCoachBot.Tests.Script;

/// <summary>Every key the code reads from dialogs/ (texts, question ids, command ids, choice values) is checked at start-up.</summary>
public sealed partial class ScriptKeysTests
{
    [Fact]
    public void The_shipped_script_has_every_key_the_code_reads()
    {
        ScriptKeysCheck.Check(ScriptTexts.Script);
    }

    [Theory]
    [InlineData("commands", "texts", "noBack", "CommandTextKeys.NoBack")]
    [InlineData("reminders", "texts", "proposal", "ReminderTextKeys.Proposal")]
    [InlineData("consent", "texts", "generalInfo", "ConsentTextKeys.GeneralInfo")]
    [InlineData("checkin", "questions", "sleepHours", "CheckInQuestionIds.SleepHours")]
    [InlineData("checkin", "choices", "fracture", "FallChoices.Fracture")]
    [InlineData("commands", "commands", "forgetMe", "CommandIds.ForgetMe")]
    [InlineData("answers", "texts", "readBackYes", "AnswerTextKeys.ReadBackYes")]
    [InlineData("answers", "texts", "expect.duration", "AnswerTextKeys.ExpectDuration")]
    [InlineData("answers", "phrases", "unknown", "AnswerPhraseKeys.Unknown")]
    public void A_key_the_code_reads_missing_from_its_file_stops_loading_naming_file_key_and_constant(string file, string kind, string key, string constant)
    {
        using var folder = FolderWithout(file, kind, key);

        var broken = Assert.Throws<ScriptException>(() => ScriptKeysCheck.Check(ScriptLoader.Load(folder.Path)));

        Assert.Equal($"dialogs/{file}.json", broken.File);
        Assert.Contains($"'{key}'", broken.Message);
        Assert.Contains(constant, broken.Message);
    }

    [Fact]
    public async Task The_host_refuses_to_start_when_a_key_the_code_reads_is_missing()
    {
        using var folder = FolderWithout("commands", "texts", "summaryOffer");

        var refused = await BotProcess.RefusalAsync(new Dictionary<string, string> { ["BoneCoach__Script__Directory"] = folder.Path });

        Assert.Contains("dialogs/commands.json", refused);
        Assert.Contains("summaryOffer", refused);
    }

    [Fact]
    public void A_mention_whose_text_is_missing_stops_loading()
    {
        using var folder = FolderWithout("answers", "texts", "mention.hysterectomy");

        var broken = Assert.Throws<ScriptException>(() => new AnswerGuide(ScriptLoader.Load(folder.Path)));

        Assert.Equal("dialogs/answers.json", broken.File);
        Assert.Contains("'mention.hysterectomy'", broken.Message);
    }

    [Fact]
    public void A_yes_no_fact_noted_by_name_alone_without_words_for_a_no_stops_loading()
    {
        using var folder = new ScriptFolder();
        var answers = JsonNode.Parse(File.ReadAllText(Path.Combine(folder.Path, "answers.json")))!.AsObject();
        Assert.True(answers["facts"]!.AsArray().Single(f => (string?)f!["question"] == "warfarin")!.AsObject().Remove("notedNo"));
        folder.Write("answers.json", answers.ToJsonString()); // English only: Write drops the overlays

        var broken = Assert.Throws<ScriptException>(() => new AnswerGuide(ScriptLoader.Load(folder.Path)));

        Assert.Contains("'warfarin'", broken.Message);
        Assert.Contains("notedNo", broken.Message);
    }

    [Fact]
    public void The_code_reads_wording_by_key_constants_only()
    {
        // A key spelled in a call ("Text(\"noWhy\")") escapes the start-up check: one such key was missing from
        // commands.json, and her "why do you need my weight?" after the plan got "something went wrong".
        var source = Path.Combine(RepositoryPaths.Root, "src", "BoneCoachBot");
        var spelled = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (File: Path.GetRelativePath(source, file), Line: i + 1, Text: line)))
            .Where(line => SpelledKey().IsMatch(line.Text))
            .Select(line => $"{line.File}:{line.Line}: {line.Text.Trim()}");

        Assert.Empty(spelled);
    }

    // x.Text("key"), x.Text(yes ? "yes" : "no"), x.CheckInText("key." + ...) and PhraseList("key"): a wording key written
    // into the call. (A card's own Text("• " + line) builds a text block, not a key.)
    [GeneratedRegex(@"(?:\.(?:Text|CheckInText|Fill)|\bPhraseList)\((?:[^()""]*\?\s*)?""", RegexOptions.CultureInvariant)]
    private static partial Regex SpelledKey();

    [Fact]
    public void No_command_phrase_is_also_an_answer_a_question_offers()
    {
        // Commands are read before the open question: a phrase that is also a choice would never reach the question.
        var phrases = ScriptTexts.Script["commands"].Commands.SelectMany(c => c.Phrases.Select(p => (Phrase: Normal(p), c.Id))).ToList();
        // Except the "not sure" choices: a phrase of not knowing means unknown either way, as a skip or as that choice.
        var choices = ScriptTexts.Script.Dialogs.Values
            .SelectMany(d => d.Questions.SelectMany(q => q.Answer.Choices.Where(c => c.Value != "unsure").SelectMany(c => c.Synonyms.Append(c.Title).Append(c.Value))
                .Select(word => (Word: Normal(word), Question: $"{d.Dialog}/{q.Id}"))));

        var clashes = choices.Join(phrases, c => c.Word, p => p.Phrase, (c, p) => $"'{c.Word}': {c.Question} and command {p.Id}");

        Assert.Empty(clashes);
    }

    private static string Normal(string text) => text.Trim().TrimEnd('.', '!').Replace('’', '\'').ToLowerInvariant();

    // A copy of dialogs/ whose file lacks the key: a text removed, or a question, command or choice renamed.
    private static ScriptFolder FolderWithout(string file, string kind, string key)
    {
        var folder = new ScriptFolder();
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(folder.Path, file + ".json")))!.AsObject();
        switch (kind)
        {
            case "texts" or "phrases":
                Assert.True(json[kind]!.AsObject().Remove(key));
                break;
            case "choices":
                var choice = json["questions"]!.AsArray().SelectMany(q => q!["answer"]!["choices"]?.AsArray() ?? []).Single(c => (string?)c!["value"] == key)!;
                choice["value"] = key + "Renamed";
                break;
            default:
                json[kind]!.AsArray().Single(item => (string?)item!["id"] == key)!["id"] = key + "Renamed";
                break;
        }

        return folder.Write(file + ".json", json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }
}
