using System.Text.Json.Nodes;
using BoneCoachBot.Script;
using BoneCoachBot.Tests.Support;
using BoneCoachBot.Wording;
using BoneCoachBot.Tests.Conversation;
using Microsoft.Bot.Schema;
using static BoneCoachBot.Tests.Support.ScriptTexts;

namespace BoneCoachBot.Tests.Safety;

/// <summary>The clinician summary over the real bot keeps what she reported after her plan.</summary>
public sealed class SummaryTruthTests(CoachingHost host) : IClassFixture<CoachingHost>
{
    private readonly CoachingHost _host = host;

    [Fact]
    public async Task A_fall_from_a_check_in_and_back_pain_said_in_the_chat_are_in_the_summary_with_their_day()
    {
        var chat = new Chat(_host.CreateClient());
        await chat.JoinAsync();
        await chat.AnswerAllAsync(Personas.WeakLoadingStrongMinerals.Append("no").Append("no"));
        await chat.SayAsync("my back suddenly gave out this morning, terrible back pain");
        await chat.AnswerAllAsync(["check in", "2", "1", "2", "3", "7 hours", "every day", "A fall"]);

        var before = chat.Activities.Count;
        await chat.SayAsync("summary");
        var attachment = chat.Activities.Skip(before).SelectMany(a => a.TryGetProperty("attachments", out var list) ? list.EnumerateArray() : default)
            .Single(a => a.GetProperty("contentType").GetString() == ClinicianSummaryFile.ContentType);
        var summary = ClinicianSummaryFile.Read(new Attachment { ContentUrl = attachment.GetProperty("contentUrl").GetString() });

        Assert.Contains("- Sudden or severe back pain, reported 2026-11-29 (said in the chat): see a clinician", summary);
        Assert.Contains("- A new fall, reported 2026-11-23 (weekly check-in): see a clinician", summary);
        Assert.DoesNotContain("None found", summary);
    }

    // The stray words, each typed at the question where it was once taken as the answer.
    [Fact]
    public async Task No_value_in_the_summary_comes_from_a_word_that_was_not_her_answer()
    {
        var chat = new Chat(_host.CreateClient());
        await chat.JoinAsync();
        await chat.AnswerAllAsync(["yes", "none of these", "62"]);
        var atWeight = await chat.SayAsync("actually I'm 61 not 62");
        await chat.AnswerAllAsync(["64 kg", "162 cm", "8 years ago", "a bone density scan", "no", "none"]);
        var atTScore = await chat.SayAsync("I had one last year, they said osteopenia but I don't know the number");
        await chat.AnswerAllAsync(["I don't know", "no", "none", "none"]);
        var atImpact = await chat.SayAsync("is walking enough? I walk the dog every day");
        await chat.AnswerAllAsync(["none", "never", "2", "7 hours", "no", "3", "calcium, vitamin D and K2", "500 mg", "600 IU", "no", "no"]);

        var summary = await SummaryAsync(chat);

        Assert.Equal(Ask("onboarding", "weight"), atWeight[^1]);
        Assert.Equal(Ask("onboarding", "fraxMajor"), atTScore[^1]);
        Assert.Equal(Ask("loading", "impactDaysPerWeek"), atImpact[^1]);
        var answers = (await StoredState.RecordAsync(_host.Services, chat))!.Answers;
        Assert.Equal(61, answers["age"].Number);
        Assert.Equal(64, answers["weight"].Number);
        Assert.Null(answers["tScore"].Number);
        Assert.Equal(0, answers["impactDaysPerWeek"].Number);
        Assert.Contains("Weight: 64 kg", summary, StringComparison.Ordinal);
        Assert.Contains("Known T-score: unknown", summary, StringComparison.Ordinal);
        Assert.Contains("Impact days a week: 0", summary, StringComparison.Ordinal);
    }

    // Spanish articles ("una densitometría", "un perro") were once read as the number 1.
    [Fact]
    public async Task In_spanish_un_and_una_are_never_kept_as_the_number_one()
    {
        var client = new EmulatorClient(_host.CreateClient());
        async Task<IReadOnlyList<string>> Say(string text) =>
            (await client.PostAsync(new JsonObject { ["type"] = "message", ["text"] = text, ["locale"] = "es-ES" })).Texts;
        foreach (var answer in new[] { "Hola", "sí", "nada de esto", "tengo 62 años", "64 kg", "162 cm", "hace 8 años", "una densitometría", "no", "ninguna" })
        {
            await Say(answer);
        }

        var atTScore = await Say("me hicieron una densitometría el año pasado pero no sé el número");
        foreach (var answer in new[] { "no lo sé", "no", "ninguno", "ninguno" })
        {
            await Say(answer);
        }

        var atStrength = await Say("hago una clase de yoga suave, nada de pesas");
        var atImpact = await Say("¿basta con caminar? saco a pasear a un perro todos los días");

        var answers = (await StoredState.RecordAsync(_host.Services, client.UserId))!.Answers;
        Assert.NotEqual(1, answers.GetValueOrDefault("tScore")?.Number);
        Assert.NotEqual(1, answers.GetValueOrDefault("strengthSessionsPerWeek")?.Number);
        Assert.DoesNotContain("impactDaysPerWeek", answers.Keys);
        Assert.Equal(ScriptTexts.Script.In(ScriptLanguage.Spanish, "onboarding").Question("fraxMajor").Ask, atTScore[^1]);
        Assert.Equal(ScriptTexts.Script.In(ScriptLanguage.Spanish, "loading").Question("impactDaysPerWeek").Ask, atImpact[^1]);
    }

    private static async Task<string> SummaryAsync(Chat chat)
    {
        var before = chat.Activities.Count;
        await chat.SayAsync("summary");
        var attachment = chat.Activities.Skip(before).SelectMany(a => a.TryGetProperty("attachments", out var list) ? list.EnumerateArray() : default)
            .Single(a => a.GetProperty("contentType").GetString() == ClinicianSummaryFile.ContentType);
        return ClinicianSummaryFile.Read(new Attachment { ContentUrl = attachment.GetProperty("contentUrl").GetString() });
    }
}
