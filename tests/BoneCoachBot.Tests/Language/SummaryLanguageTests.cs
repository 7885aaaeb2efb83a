using System.Text.Json;
using BoneCoachBot.ChannelRendering;
using BoneCoachBot.Commands;
using BoneCoachBot.Script;
using BoneCoachBot.Tests.Conversation;
using BoneCoachBot.Tests.Wording;
using BoneCoachBot.Wording;
using Microsoft.Bot.Schema;

namespace BoneCoachBot.Tests.Language;

/// <summary>The clinician summary over the real bot follows her language, as a file and as a card.</summary>
public sealed class SummaryLanguageTests : IAsyncLifetime
{
    private readonly CoachingHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static T InSpanish<T>(Func<T> say)
    {
        using var spanish = ScriptLanguage.Use(ScriptLanguage.Spanish);
        return say();
    }

    [Fact]
    public async Task After_she_switches_to_spanish_the_summary_file_and_card_are_in_spanish_and_back_in_english_after_switching_back()
    {
        var chat = new Chat(_host.CreateClient());
        await chat.JoinAsync();
        await chat.AnswerAllAsync(Conversation.Personas.WeakLoadingStrongMinerals.Append("no").Append("no"));
        var english = await SummaryAsync(chat, "summary");

        await chat.SayAsync("en español por favor");
        var spanish = await SummaryAsync(chat, "resumen");
        await chat.SayAsync("in English please");
        var englishAgain = await SummaryAsync(chat, "summary");

        var record = (await StoredState.RecordAsync(_host.Services, chat))!;
        Assert.Equal("bone-health-summary.md", english.File.Name);
        Assert.Equal(SummaryCommand.Render(record, _host.Clock, ShippedWording.Summary.Current, []), english.Markdown);
        Assert.Equal("resumen-salud-osea.md", spanish.File.Name);
        Assert.Equal(SummaryCommand.Render(record, _host.Clock, InSpanish(() => ShippedWording.Summary.Current), []), spanish.Markdown);
        Assert.StartsWith("# Resumen de salud ósea para su médico", spanish.Markdown, StringComparison.Ordinal);
        Assert.Equal(InSpanish(() => ShippedWording.Wording.Plan(PlanTexts.SummaryMessage)), spanish.Text);
        Assert.Equal("es", spanish.Card.GetProperty("lang").GetString());
        Assert.Equal("Resumen de salud ósea para su médico", spanish.Card.GetProperty("body")[0].GetProperty("text").GetString());
        Assert.Equal(english.Markdown, englishAgain.Markdown);
        Assert.Equal("en", englishAgain.Card.GetProperty("lang").GetString());
    }

    private static async Task<(Attachment File, string Markdown, string Text, JsonElement Card)> SummaryAsync(Chat chat, string ask)
    {
        var before = chat.Activities.Count;
        await chat.SayAsync(ask);
        var message = chat.Activities.Skip(before).Single(a => a.TryGetProperty("attachments", out var list) && list.GetArrayLength() > 0);
        var attachments = message.GetProperty("attachments").EnumerateArray().ToList();
        var file = attachments.Single(a => a.GetProperty("contentType").GetString() == ClinicianSummaryFile.ContentType);
        var card = attachments.Single(a => a.GetProperty("contentType").GetString() == SummaryCard.ContentType).GetProperty("content");
        var attachment = new Attachment { Name = file.GetProperty("name").GetString(), ContentUrl = file.GetProperty("contentUrl").GetString() };
        return (attachment, ClinicianSummaryFile.Read(attachment), message.GetProperty("text").GetString()!, card);
    }
}
