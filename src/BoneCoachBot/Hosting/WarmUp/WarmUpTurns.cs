using System.Text;
using BoneCoachBot.Authentication;
using BoneCoachBot.State;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace BoneCoachBot.Hosting.WarmUp;

/// <summary>
/// Issue 18: the first turn after start under 300 ms. Her first message after a deploy used to pay for compiling the
/// whole turn path (adapter, pipeline, dialogs, the SDK's serialisation contracts, rendering), about half a second.
/// Before the bot listens, one throwaway conversation (a welcome, consent, the emergency check, two answers, "help")
/// runs through the real adapter (as an HTTP request, unless an app id asks for a channel token), bot and turn pipeline. Its state goes to a private in-memory storage, never the
/// configured one; its logs are silenced (<see cref="QuietDuringWarmUpLogger{T}"/>); what the pipeline held of it is
/// dropped. It reaches no plan, so no reminder is set.
/// </summary>
public sealed partial class WarmUpTurns(
    AdapterWithErrorHandler adapter, IBot bot, TurnScopedStorage storage, TurnPipeline pipeline, IConfiguration configuration, TimeProvider time,
    ILogger<WarmUpTurns> logger)
{
    // Her words as people type them; each reaches a step the one before did not (consent, the check, a number, units).
    private static readonly string[] Messages = ["hi", "yes", "none of these", "62", "about 140 pounds", "help"];

    /// <summary>Runs the conversation; returns the replies to its last message.</summary>
    public async Task<IReadOnlyList<Activity>> RunAsync(CancellationToken cancellationToken)
    {
        Exception? failed = null;
        var keys = Array.Empty<string>();
        IReadOnlyList<Activity> replies = [];
        using (WarmUpFlow.Begin())
        using (storage.UsePrivate(new InMemoryStorage()))
        {
            var conversation = "bonecoach-warm-up-" + Guid.NewGuid().ToString("N");
            foreach (var activity in Conversation(conversation))
            {
                keys = [.. StateKeys.ForTurn(activity)];
                replies = HasAppId
                    ? await TrustedTurnAsync(activity, Observed, cancellationToken)
                    : await HttpTurnAsync(activity, new CallbackBot(Observed), cancellationToken);
                if (failed is not null)
                {
                    break;
                }
            }
        }

        pipeline.Forget(keys);
        if (failed is not null)
        {
            // Not her turn, so it does not stop start-up: the same fault would show, logged, at her first message.
            LogWarmUpFailed(logger, failed.GetType().Name);
        }

        return replies;

        async Task Observed(ITurnContext turnContext, CancellationToken ct)
        {
            try
            {
                await bot.OnTurnAsync(turnContext, ct);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                failed = exception;
                throw;
            }
        }
    }

    private bool HasAppId => !string.IsNullOrWhiteSpace(configuration["MicrosoftAppId"]);

    // With an app id a request needs the channel's token, which start-up does not have: the turn skips the HTTP layer.
    private async Task<IReadOnlyList<Activity>> TrustedTurnAsync(Activity activity, BotCallbackHandler turn, CancellationToken cancellationToken)
    {
        var response = await adapter.ProcessActivityAsync(OwnIdentity.For(configuration), activity, turn, cancellationToken);
        return [.. (response?.Body as ExpectedReplies)?.Activities ?? []];
    }

    // As /api/messages takes it: the envelope check, then the adapter reads the body and writes the replies, so the
    // first real request does not build the SDK's request and response serialisation either.
    private async Task<IReadOnlyList<Activity>> HttpTurnAsync(Activity activity, IBot turnBot, CancellationToken cancellationToken)
    {
        var http = new DefaultHttpContext();
        http.Request.Method = HttpMethods.Post;
        http.Request.ContentType = "application/json";
        http.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(activity)));
        http.Response.Body = new MemoryStream();
        if (await ActivityEnvelope.FindProblemAsync(http.Request, cancellationToken) is not null)
        {
            return [];
        }

        http.Request.Body.Position = 0;
        await adapter.ProcessAsync(http.Request, http.Response, turnBot, cancellationToken);
        var body = Encoding.UTF8.GetString(((MemoryStream)http.Response.Body).ToArray());
        return JsonConvert.DeserializeObject<ExpectedReplies>(body)?.Activities?.ToList() ?? [];
    }

    private IEnumerable<Activity> Conversation(string id)
    {
        var user = new ChannelAccount("warm-up-user-" + id, "Warm-up");
        var bot = new ChannelAccount("bot", "BoneCoach");
        var joined = Address(new Activity(ActivityTypes.ConversationUpdate) { MembersAdded = [user] }, id, user, bot);
        yield return joined;
        foreach (var text in Messages)
        {
            yield return Address(new Activity(ActivityTypes.Message) { Text = text }, id, user, bot);
        }
    }

    private Activity Address(Activity activity, string conversation, ChannelAccount user, ChannelAccount bot)
    {
        activity.Id = Guid.NewGuid().ToString("N");
        activity.ChannelId = Channels.Webchat;
        // expectReplies keeps the replies in the turn: no channel is called.
        activity.ServiceUrl = "https://warm-up.invalid/";
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        activity.Locale = "en-US";
        activity.Timestamp = time.GetUtcNow();
        activity.Conversation = new ConversationAccount(id: conversation);
        activity.From = user;
        activity.Recipient = bot;
        return activity;
    }

    private sealed class CallbackBot(BotCallbackHandler turn) : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) => turn(turnContext, cancellationToken);
    }

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning,
        Message = "The start-up warm-up conversation failed with {ExceptionType}; the first turns will be slower")]
    private static partial void LogWarmUpFailed(ILogger logger, string exceptionType);
}
