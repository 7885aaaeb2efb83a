using BoneCoachBot.CheckIns;
using BoneCoachBot.CheckIns.Progress;
using BoneCoachBot.Coaching;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace BoneCoachBot.Tests.Support;

/// <summary>
/// Writes a woman's record straight into the running host's storage, so a test starts where it needs to be instead
/// of replaying every answer. The write goes through the bot's own UserState and its CoachingState and CheckInState
/// accessors, resolved from the host: the storage key, the property names and the JSON are the ones the bot reads on
/// her next turn, so the seed cannot drift from what the bot itself stores.
/// </summary>
public static class SeededUser
{
    public static async Task SeedAsync(
        IServiceProvider services, EmulatorClient client, CoachingRecord record, CheckInRecord? checkIns = null,
        CancellationToken cancellationToken = default, string channelId = EmulatorClient.ChannelId)
    {
        ArgumentNullException.ThrowIfNull(record);
        var userState = services.GetRequiredService<UserState>();
        // Outside a turn the bot's storage writes straight to the backend (TurnScopedStorage), as a seed must.
        using var turn = new TurnContext(new TestAdapter(), ActivityOf(client, channelId));
        await services.GetRequiredService<CoachingState>().SaveAsync(turn, record, cancellationToken);
        if (checkIns is not null)
        {
            await services.GetRequiredService<CheckInState>().Record.SetAsync(turn, checkIns, cancellationToken);
        }

        await userState.SaveChangesAsync(turn, force: true, cancellationToken);
    }

    // The envelope the bot's UserState keys her record by: channel and user id, as the client sends them.
    private static Activity ActivityOf(EmulatorClient client, string channelId) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = channelId,
        Conversation = new ConversationAccount(id: client.ConversationId),
        From = new ChannelAccount(client.UserId, client.UserId),
        Recipient = new ChannelAccount(EmulatorClient.BotId),
    };
}
