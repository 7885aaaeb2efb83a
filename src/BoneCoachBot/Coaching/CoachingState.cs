using BoneCoachBot.State;
using Microsoft.Bot.Builder;

namespace BoneCoachBot.Coaching;

/// <summary>Her record (UserState) and this conversation's marks (ConversationState), saved by the turn pipeline.</summary>
/// <remarks>
/// BotState hands back a fresh copy of a value loaded from storage (a JObject converted) on every read, so a change
/// to one copy would be lost. Each read therefore puts the object it returns back into the state: every reader in
/// the turn shares it and the pipeline saves what they changed.
/// </remarks>
public sealed class CoachingState(UserState userState, ConversationState conversationState)
{
    private readonly IStatePropertyAccessor<CoachingRecord> _record = new TypedStateProperty<CoachingRecord>(userState, nameof(CoachingRecord));
    private readonly IStatePropertyAccessor<ConversationMarks> _marks = new TypedStateProperty<ConversationMarks>(conversationState, nameof(ConversationMarks));

    /// <summary>Her record, or a new one that is stored only once <see cref="SaveAsync"/> is called: reading never stores anything.</summary>
    public async Task<CoachingRecord> RecordAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var record = await _record.GetAsync(turnContext, null, cancellationToken);
        if (record is null)
        {
            return new CoachingRecord();
        }

        await _record.SetAsync(turnContext, record, cancellationToken);
        return record;
    }

    public async Task<ConversationMarks> MarksAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var marks = await _marks.GetAsync(turnContext, () => new ConversationMarks(), cancellationToken);
        await _marks.SetAsync(turnContext, marks, cancellationToken);
        return marks;
    }

    /// <summary>Stores her record; needed once for a new record, harmless after.</summary>
    public Task SaveAsync(ITurnContext turnContext, CoachingRecord record, CancellationToken cancellationToken) =>
        _record.SetAsync(turnContext, record, cancellationToken);

    public async Task SetPositionAsync(ITurnContext turnContext, QuestionPosition? position, CancellationToken cancellationToken)
    {
        var marks = await MarksAsync(turnContext, cancellationToken);
        marks.Position = position;
    }
}
