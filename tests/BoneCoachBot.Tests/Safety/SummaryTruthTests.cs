using BoneCoachBot.Wording;
using BoneCoachBot.Tests.Conversation;
using Microsoft.Bot.Schema;

namespace BoneCoachBot.Tests.Safety;

/// <summary>The clinician summary over the real bot keeps what she reported after her plan.</summary>
public sealed class SummaryTruthTests : IAsyncLifetime
{
    private readonly CoachingHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_fall_from_a_check_in_and_back_pain_said_in_the_chat_are_in_the_summary_with_their_day()
    {
        var chat = new Chat(_host.CreateClient());
        await chat.JoinAsync();
        await chat.AnswerAllAsync(Personas.WeakLoadingStrongMinerals.Append("no").Append("no"));
        await chat.SayAsync("my back suddenly gave out this morning, terrible back pain");
        await chat.AnswerAllAsync(["check in", "2", "1", "3", "7 hours", "every day", "A fall"]);

        var before = chat.Activities.Count;
        await chat.SayAsync("summary");
        var attachment = chat.Activities.Skip(before).SelectMany(a => a.TryGetProperty("attachments", out var list) ? list.EnumerateArray() : default)
            .Single(a => a.GetProperty("contentType").GetString() == ClinicianSummaryFile.ContentType);
        var summary = ClinicianSummaryFile.Read(new Attachment { ContentUrl = attachment.GetProperty("contentUrl").GetString() });

        Assert.Contains("- Sudden or severe back pain, reported 2026-11-29 (said in the chat): see a clinician", summary);
        Assert.Contains("- A new fall, reported 2026-11-23 (weekly check-in): see a clinician", summary);
        Assert.DoesNotContain("None found", summary);
    }
}
