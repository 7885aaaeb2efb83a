using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;

namespace BoneCoach.Dialogs.Tests.Harness;

/// <summary>Runs a root dialog in the real TestAdapter; every turn starts from the JSON in storage, as after a restart.</summary>
public sealed class DialogHarness
{
    private readonly Func<Dialog> _createRoot;

    public DialogHarness(Func<Dialog> createRoot, ConversationReference? conversation = null, JsonRoundTripStorage? storage = null, string? locale = null)
    {
        _createRoot = createRoot;
        Storage = storage ?? new JsonRoundTripStorage();
        Adapter = new TestAdapter(conversation ?? Conversation());
        if (locale is not null)
        {
            Adapter.Locale = locale;
        }
    }

    public JsonRoundTripStorage Storage { get; }

    public TestAdapter Adapter { get; }

    /// <summary>The DialogTurnResult of every turn, in order.</summary>
    public List<DialogTurnResult> Results { get; } = [];

    public DialogTurnResult LastResult => Results[^1];

    /// <summary>A conversation on <paramref name="channelId"/>, e.g. msteams with conversationType personal.</summary>
    public static ConversationReference Conversation(string channelId = Channels.Test, string? conversationType = null, string id = "conversation-1")
    {
        var reference = TestAdapter.CreateConversation(id);
        reference.ChannelId = channelId;
        reference.Conversation.ConversationType = conversationType;
        return reference;
    }

    public TestFlow Flow() => new(Adapter, TurnAsync);

    private async Task TurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        // New state objects and a new dialog tree each turn: only the stored JSON carries the conversation on.
        var conversationState = new ConversationState(Storage);
        var accessor = conversationState.CreateProperty<DialogState>(nameof(DialogState));
        var result = await _createRoot().RunAsync(turnContext, accessor, cancellationToken);
        Results.Add(result);
        await conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
    }
}
