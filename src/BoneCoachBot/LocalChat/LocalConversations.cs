using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace BoneCoachBot.LocalChat;

/// <summary>
/// The local channel's conversations, in memory. Each has its own random token, and a token opens only its own
/// conversation. Ids and tokens are 128 and 256 random bits: nobody can guess their way into another chat.
/// </summary>
public sealed class LocalConversations(IOptions<LocalChatOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, LocalConversation> _byId = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, LocalConversation> _byToken = new(StringComparer.Ordinal);

    /// <summary>A new conversation for her (<see cref="WebChatUser"/>): each page load gets its own conversation and token.</summary>
    public LocalConversation Create(string userId)
    {
        EvictLeastRecentlyUsed();
        var now = time.GetUtcNow();
        var user = new ChannelAccount(userId, role: RoleTypes.User);
        var conversation = new LocalConversation(RandomText(16), RandomText(32), user, now, now + options.Value.TokenLifetime, options.Value.MaxActivitiesPerConversation);
        _byId[conversation.Id] = conversation;
        _byToken[conversation.Token] = conversation;
        return conversation;
    }

    /// <summary>The conversation a bearer token opens, while the token is valid.</summary>
    public LocalConversation? ForToken(string? authorizationHeader)
    {
        const string Bearer = "Bearer ";
        if (authorizationHeader is null || !authorizationHeader.StartsWith(Bearer, StringComparison.Ordinal))
        {
            return null;
        }

        return _byToken.TryGetValue(authorizationHeader[Bearer.Length..].Trim(), out var conversation)
            && conversation.TokenExpires > time.GetUtcNow()
            ? conversation
            : null;
    }

    /// <summary>Any conversation by id, for the bot's own replies (the Connector API side, which has no token).</summary>
    public LocalConversation? ForId(string id) => _byId.TryGetValue(id, out var conversation) ? conversation : null;

    private void EvictLeastRecentlyUsed()
    {
        var excess = _byId.Count - options.Value.MaxConversations + 1;
        if (excess <= 0)
        {
            return;
        }

        foreach (var stale in _byId.Values.OrderBy(c => c.LastUsed).Take(excess))
        {
            _byId.TryRemove(stale.Id, out _);
            _byToken.TryRemove(stale.Token, out _);
        }
    }

    private static string RandomText(int bytes) =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
