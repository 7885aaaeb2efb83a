using System.Text.Json;
using System.Text.Json.Nodes;
using BoneCoachBot.Script;
using BoneCoachBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BoneCoachBot.Tests.Script;

/// <summary>Every key the code reads from dialogs/ (texts, question ids, command ids, choice values) is checked at start-up.</summary>
public sealed class ScriptKeysTests
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
            case "texts":
                Assert.True(json["texts"]!.AsObject().Remove(key));
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
