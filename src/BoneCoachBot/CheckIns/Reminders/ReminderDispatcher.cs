using BoneCoachBot.State;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Extensions.Options;

namespace BoneCoachBot.CheckIns.Reminders;

/// <summary>
/// Finds due reminders, claims each with an ETag write, and only then sends it as a proactive turn through the
/// <see cref="TurnPipeline"/>. Claim-then-send means at most once: a crash between the two loses one reminder,
/// which is better than two instances (or a retry) sending it twice.
/// </summary>
public sealed partial class ReminderDispatcher(
    ReminderStore store,
    IBotFrameworkHttpAdapter adapter,
    TurnPipeline pipeline,
    ReminderTurn reminderTurn,
    IConfiguration configuration,
    IOptions<CheckInOptions> options,
    TimeProvider timeProvider,
    ILogger<ReminderDispatcher> logger)
{
    /// <summary>Sends every reminder due now (or, with <paramref name="force"/>, every active one); returns how many went out.</summary>
    public async Task<int> SendDueAsync(bool force, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var sent = 0;
        foreach (var batch in (await store.KeysAsync(cancellationToken)).Chunk(options.Value.ReadBatchSize))
        {
            foreach (var due in (await store.ReadManyAsync(batch, cancellationToken)).Where(r => IsToSend(r.Registration, now, force)))
            {
                if (await ClaimAndSendAsync(due, now, cancellationToken))
                {
                    sent++;
                }
            }
        }

        return sent;
    }

    private static bool IsToSend(ReminderRegistration registration, DateTimeOffset now, bool force) =>
        force ? registration.Status == ReminderStatus.Active : registration.IsDue(now);

    private async Task<bool> ClaimAndSendAsync(StoredReminder due, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!await store.TryClaimAsync(due, due.Registration.SentAt(now), cancellationToken))
        {
            LogClaimedElsewhere(logger, due.Registration.ChannelId);
            return false;
        }

        try
        {
            var cloudAdapter = (CloudAdapter)adapter;
            await cloudAdapter.ContinueConversationAsync(
                configuration["MicrosoftAppId"] ?? string.Empty,
                due.Registration.Reference,
                pipeline.Guard(reminderTurn.RunAsync),
                cancellationToken);
            LogSent(logger, due.Registration.ChannelId, due.Registration.Reference.Conversation?.Id);
            return true;
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            // One unreachable conversation (bot removed from Teams, expired Emulator) must not stop the others.
            LogSendFailed(logger, failure.GetType().Name, due.Registration.ChannelId, due.Registration.Reference.Conversation?.Id);
            return false;
        }
    }

    [LoggerMessage(EventId = 1300, Level = LogLevel.Information, Message = "Reminder sent (channel {ChannelId}, conversation {ConversationId})")]
    private static partial void LogSent(ILogger logger, string channelId, string? conversationId);

    [LoggerMessage(EventId = 1301, Level = LogLevel.Debug, Message = "Reminder already claimed by another sender (channel {ChannelId})")]
    private static partial void LogClaimedElsewhere(ILogger logger, string channelId);

    [LoggerMessage(EventId = 1302, Level = LogLevel.Warning, Message = "Reminder could not be sent: {ErrorType} (channel {ChannelId}, conversation {ConversationId})")]
    private static partial void LogSendFailed(ILogger logger, string errorType, string channelId, string? conversationId);
}
