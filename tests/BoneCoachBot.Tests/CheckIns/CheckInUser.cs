using System.Text.Json;
using System.Text.Json.Nodes;
using BoneCoachBot.Tests.Support;

namespace BoneCoachBot.Tests.CheckIns;

/// <summary>Her side of the chat: messages carry a reachable serviceUrl (the fake connector) and her time zone, as
/// Web Chat sends it, so the bot can keep an address for reminders; replies come back in the HTTP body.</summary>
public sealed class CheckInUser(EmulatorClient client, string serviceUrl, string? timeZone = "Europe/Berlin")
{
    public string UserId => client.UserId;

    public string ConversationId => client.ConversationId;

    public Task<BotReply> SayAsync(string text)
    {
        var activity = new JsonObject { ["type"] = "message", ["text"] = text, ["serviceUrl"] = serviceUrl };
        if (timeZone is not null)
        {
            activity["localTimezone"] = timeZone;
        }

        return client.PostAsync(activity);
    }

    /// <summary>Joins and gives consent: reminders can be set from here on.</summary>
    public async Task<BotReply> ConsentAsync()
    {
        await client.JoinAsync();
        return await SayAllAsync([.. Conversation.Personas.Consent]);
    }

    /// <summary>
    /// Joins, gives consent, answers every question up to her plan (the conversation tests' persona) and says yes to
    /// the weekly reminder it offers; returns the reply to that yes, which ends with the summary offer, left open.
    /// </summary>
    public Task<BotReply> ReachPlanAsync() => ReachPlanAsync(Conversation.Personas.WeakLoadingStrongMinerals);

    /// <summary>The same for another persona's answers.</summary>
    public async Task<BotReply> ReachPlanAsync(IEnumerable<string> answers)
    {
        await client.JoinAsync();
        await SayAllAsync([.. answers]);
        return await SayAsync("yes");
    }

    /// <summary>Says each line in turn and returns the last reply.</summary>
    public async Task<BotReply> SayAllAsync(params string[] lines)
    {
        BotReply reply = null!;
        foreach (var line in lines)
        {
            reply = await SayAsync(line);
            Assert.Equal(200, reply.StatusCode);
        }

        return reply;
    }
}

public static class BotReplyExtensions
{
    public static string AllText(this BotReply reply) => string.Join("\n", reply.Texts);

    public static IReadOnlyList<JsonElement> Attachments(this BotReply reply) =>
        reply.Activities.Where(a => a.TryGetProperty("attachments", out _)).SelectMany(a => a.GetProperty("attachments").EnumerateArray()).ToList();
}
