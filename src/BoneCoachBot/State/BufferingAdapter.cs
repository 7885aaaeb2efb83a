using System.Globalization;
using System.Security.Claims;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace BoneCoachBot.State;

/// <summary>
/// The adapter a turn attempt runs against: sends, updates and deletes are recorded, not performed, so an attempt
/// whose state cannot be saved leaves no trace with the user. <see cref="ReplayAsync"/> performs them on the real
/// turn once the save succeeded: to the channel's serviceUrl, or into the HTTP body for expectReplies callers.
/// </summary>
public sealed class BufferingAdapter(BotAdapter real) : BotAdapter
{
    private readonly List<Effect> _effects = [];

    /// <summary>How many outgoing operations this attempt recorded.</summary>
    public int Count => _effects.Count;

    /// <summary>The activities this attempt sent, in order: what a repeat of the same activity gets again.</summary>
    public IReadOnlyList<Activity> Sent => _effects.Where(effect => effect.Kind == EffectKind.Send).Select(effect => effect.Activity!).ToList();

    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var responses = activities.Select(activity =>
        {
            // A stand-in id, swapped for the channel's real one on replay if the bot updates or deletes this activity.
            var bufferedId = "buffered-" + _effects.Count.ToString(CultureInfo.InvariantCulture);
            _effects.Add(new Effect(EffectKind.Send, activity, null, bufferedId));
            return new ResourceResponse(bufferedId);
        });
        return Task.FromResult(responses.ToArray());
    }

    /// <summary>Records sends that bypassed the adapter (an expectReplies turn's replies), after everything else.</summary>
    public void RecordSends(IEnumerable<Activity> activities)
    {
        ArgumentNullException.ThrowIfNull(activities);
        foreach (var activity in activities)
        {
            _effects.Add(new Effect(EffectKind.Send, activity, null, null));
        }
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        _effects.Add(new Effect(EffectKind.Update, activity, null, null));
        return Task.FromResult(new ResourceResponse(activity.Id));
    }

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken)
    {
        _effects.Add(new Effect(EffectKind.Delete, null, reference, null));
        return Task.CompletedTask;
    }

    // Proactive calls made from inside a turn start turns of their own on the real adapter.
    public override Task ContinueConversationAsync(string botId, ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        real.ContinueConversationAsync(botId, reference, callback, cancellationToken);

    public override Task ContinueConversationAsync(ClaimsIdentity claimsIdentity, ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        real.ContinueConversationAsync(claimsIdentity, reference, callback, cancellationToken);

    public override Task ContinueConversationAsync(ClaimsIdentity claimsIdentity, ConversationReference reference, string audience, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        real.ContinueConversationAsync(claimsIdentity, reference, audience, callback, cancellationToken);

    /// <summary>Performs the recorded operations in order on <paramref name="target"/>, consecutive sends in one call.</summary>
    public async Task ReplayAsync(ITurnContext target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var realIds = new Dictionary<string, string>(StringComparer.Ordinal);
        var sends = new List<Effect>();
        foreach (var effect in _effects)
        {
            if (effect.Kind == EffectKind.Send)
            {
                sends.Add(effect);
                continue;
            }

            await SendAsync(target, sends, realIds, cancellationToken);
            if (effect.Kind == EffectKind.Update)
            {
                effect.Activity!.Id = RealId(realIds, effect.Activity.Id);
                await target.UpdateActivityAsync(effect.Activity, cancellationToken);
            }
            else
            {
                effect.Reference!.ActivityId = RealId(realIds, effect.Reference.ActivityId);
                await target.DeleteActivityAsync(effect.Reference, cancellationToken);
            }
        }

        await SendAsync(target, sends, realIds, cancellationToken);
    }

    private static async Task SendAsync(ITurnContext target, List<Effect> sends, Dictionary<string, string> realIds, CancellationToken cancellationToken)
    {
        if (sends.Count == 0)
        {
            return;
        }

        var responses = await target.SendActivitiesAsync(sends.Select(send => (IActivity)send.Activity!).ToArray(), cancellationToken);
        for (var i = 0; i < sends.Count && i < responses.Length; i++)
        {
            if (sends[i].BufferedId is not null && responses[i]?.Id is { Length: > 0 } id)
            {
                realIds[sends[i].BufferedId!] = id;
            }
        }

        sends.Clear();
    }

    private static string RealId(Dictionary<string, string> realIds, string id) =>
        id is not null && realIds.TryGetValue(id, out var real) ? real : id!;

    private enum EffectKind
    {
        Send,
        Update,
        Delete,
    }

    private sealed record Effect(EffectKind Kind, Activity? Activity, ConversationReference? Reference, string? BufferedId);
}
