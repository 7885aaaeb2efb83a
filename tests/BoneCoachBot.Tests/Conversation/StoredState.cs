using BoneCoachBot.Coaching;
using BoneCoachBot.Safety;
using BoneCoachBot.State;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace BoneCoachBot.Tests.Conversation;

/// <summary>What the storage backend holds for one chat, read the way the next turn would read it.</summary>
public static class StoredState
{
    public static string UserKey(Chat chat) => $"emulator/users/{chat.Client.UserId}";

    public static string ConversationKey(Chat chat) => $"emulator/conversations/{chat.Client.ConversationId}";

    public static async Task<IDictionary<string, object>> ItemsAsync(IServiceProvider services, Chat chat)
    {
        var backend = ((TurnScopedStorage)services.GetRequiredService<IStorage>()).Backend;
        return await backend.ReadAsync([UserKey(chat), ConversationKey(chat)]);
    }

    /// <summary>Her record by her user id (a chat driven by an EmulatorClient of its own).</summary>
    public static async Task<CoachingRecord?> RecordAsync(IServiceProvider services, string userId)
    {
        var backend = ((TurnScopedStorage)services.GetRequiredService<IStorage>()).Backend;
        var key = $"emulator/users/{userId}";
        var items = await backend.ReadAsync([key]);
        return items.TryGetValue(key, out var user) ? JObject.FromObject(user)[nameof(CoachingRecord)]?.ToObject<CoachingRecord>() : null;
    }

    public static async Task<CoachingRecord?> RecordAsync(IServiceProvider services, Chat chat)
    {
        var items = await ItemsAsync(services, chat);
        return items.TryGetValue(UserKey(chat), out var user)
            ? JObject.FromObject(user)[nameof(CoachingRecord)]?.ToObject<CoachingRecord>()
            : null;
    }

    /// <summary>What the safety net noted for her summary; none when it never noted anything.</summary>
    public static async Task<SafetyNotes> NotesAsync(IServiceProvider services, Chat chat)
    {
        var items = await ItemsAsync(services, chat);
        return items.TryGetValue(UserKey(chat), out var user)
            ? JObject.FromObject(user)[SafetyState.RecordProperty]?.ToObject<SafetyNotes>() ?? new SafetyNotes()
            : new SafetyNotes();
    }
}
