using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace BoneCoachBot.State;

/// <summary>
/// The conversations she has talked to the bot in, kept in her user state, so that "forget me" deletes every one of
/// them and not only the one she says it in (Web Chat and the Emulator start a new conversation per session).
/// </summary>
public sealed class UserConversations(UserState userState)
{
    // Enough for years of weekly sessions; the oldest drop off first.
    public const int MaxRemembered = 200;

    private const string PropertyName = "ConversationKeys";

    private readonly IStatePropertyAccessor<List<string>> _keys = new TypedStateProperty<List<string>>(userState, PropertyName);

    /// <summary>Adds this turn's conversation to her list; only once she has a record, so no one is stored just for saying hello.</summary>
    public async Task RememberAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var key = StateKeys.Conversation(turnContext.Activity);
        if (key is null || StateKeys.User(turnContext.Activity) is null)
        {
            return;
        }

        // Read without a default (a default would be stored): most turns end here, before the record check serialises her state.
        var keys = await _keys.GetAsync(turnContext, null, cancellationToken) ?? [];
        if (keys.Contains(key, StringComparer.Ordinal) || !await HasRecordAsync(turnContext, cancellationToken))
        {
            return;
        }

        keys.Add(key);
        if (keys.Count > MaxRemembered)
        {
            keys.RemoveAt(0);
        }

        await _keys.SetAsync(turnContext, keys, cancellationToken);
    }

    /// <summary>The storage keys of her other conversations (not this turn's).</summary>
    public async Task<IReadOnlyList<string>> OthersAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var current = StateKeys.Conversation(turnContext.Activity);
        var keys = await _keys.GetAsync(turnContext, () => [], cancellationToken);
        return keys.Where(key => !string.Equals(key, current, StringComparison.Ordinal)).ToList();
    }

    private async Task<bool> HasRecordAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await userState.LoadAsync(turnContext, false, cancellationToken);
        return userState.Get(turnContext) is JObject state
            && state.Properties().Any(p => p.Name != PropertyName && !p.Name.Equals("eTag", StringComparison.OrdinalIgnoreCase) && p.Value.Type != JTokenType.Null);
    }
}
