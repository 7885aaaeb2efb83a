using BoneCoachBot.Authentication;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace BoneCoachBot.LocalChat;

/// <summary>
/// Runs what the page sends through the real adapter and turn pipeline, as /api/messages would, and puts the bot's
/// answers into the conversation for the page to poll. Turns ask for expectReplies so their replies come back here;
/// proactive messages (reminders) reach the conversation through the Connector API at the activity's serviceUrl.
/// </summary>
public sealed class LocalChatTurns(AdapterWithErrorHandler adapter, IBot bot, IConfiguration configuration, TimeProvider time)
{
    /// <summary>What Azure's Direct Line reports for Web Chat, so the page renders what production Web Chat gets.</summary>
    public const string ChannelId = Channels.Webchat;

    public static readonly ChannelAccount BotAccount = new("bonecoachbot", "Bone Coach", RoleTypes.Bot);

    private static readonly JsonSerializerSettings Copying = new() { MaxDepth = 64 };

    /// <summary>Tells the bot she joined, once per conversation (Azure's Direct Line does the same).</summary>
    public async Task StartAsync(LocalConversation conversation, string serviceUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        if (!conversation.TryStart())
        {
            return;
        }

        var update = new Activity(ActivityTypes.ConversationUpdate)
        {
            Id = Guid.NewGuid().ToString("N"),
            MembersAdded = [BotAccount, conversation.User],
            From = conversation.User,
        };
        await RunAsync(conversation, Address(update, conversation, serviceUrl), cancellationToken);
    }

    /// <summary>Echoes her activity into the conversation (with its clientActivityID), runs the turn, returns its id.</summary>
    public async Task<string> ReceiveAsync(LocalConversation conversation, Activity posted, string serviceUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(posted);
        posted.From = new ChannelAccount(conversation.User.Id, posted.From?.Name, RoleTypes.User);
        var echo = Address(Copy(posted), conversation, serviceUrl: null);
        echo.DeliveryMode = null;
        var id = conversation.Append(echo, time.GetUtcNow());

        var incoming = Address(Copy(echo), conversation, serviceUrl);
        await RunAsync(conversation, incoming, cancellationToken);
        return id;
    }

    /// <summary>Adds an activity the bot sent (a reply or a proactive message) to the conversation.</summary>
    public string Deliver(LocalConversation conversation, Activity sent)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(sent);
        return conversation.Append(Outgoing(conversation, sent), time.GetUtcNow());
    }

    private static Activity Outgoing(LocalConversation conversation, Activity sent)
    {
        sent.From ??= BotAccount;
        sent.Recipient = conversation.User;
        sent.Conversation = new ConversationAccount(id: conversation.Id);
        sent.ChannelId = ChannelId;
        sent.ServiceUrl = null;
        return sent;
    }

    private async Task RunAsync(LocalConversation conversation, Activity activity, CancellationToken cancellationToken)
    {
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        var response = await adapter.ProcessActivityAsync(OwnIdentity.For(configuration), activity, bot.OnTurnAsync, cancellationToken);
        if (response?.Body is ExpectedReplies { Activities: { } replies })
        {
            conversation.AppendAll(replies.Select(reply => Outgoing(conversation, reply)).ToList(), time.GetUtcNow());
        }
    }

    private Activity Address(Activity activity, LocalConversation conversation, string? serviceUrl)
    {
        activity.ChannelId = ChannelId;
        activity.ServiceUrl = serviceUrl;
        activity.Conversation = new ConversationAccount(id: conversation.Id);
        activity.Recipient = BotAccount;
        activity.Timestamp = time.GetUtcNow();
        return activity;
    }

    private static Activity Copy(Activity activity) =>
        JsonConvert.DeserializeObject<Activity>(JsonConvert.SerializeObject(activity, Copying), Copying)!;
}
