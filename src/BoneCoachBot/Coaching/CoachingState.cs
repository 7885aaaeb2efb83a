using Microsoft.Bot.Builder;

namespace BoneCoachBot.Coaching;

/// <summary>Her record (UserState) and this conversation's marks (ConversationState), read once per turn and saved by the turn pipeline.</summary>
public sealed class CoachingState(UserState userState, ConversationState conversationState)
{
    private readonly IStatePropertyAccessor<CoachingRecord> _record = userState.CreateProperty<CoachingRecord>(nameof(CoachingRecord));
    private readonly IStatePropertyAccessor<ConversationMarks> _marks = conversationState.CreateProperty<ConversationMarks>(nameof(ConversationMarks));

    /// <summary>Her record, or a new one that is stored only once <see cref="SaveAsync"/> is called: reading never stores anything.</summary>
    public async Task<CoachingRecord> RecordAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        await _record.GetAsync(turnContext, null, cancellationToken) ?? new CoachingRecord();

    public Task<ConversationMarks> MarksAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        _marks.GetAsync(turnContext, () => new ConversationMarks(), cancellationToken);

    /// <summary>Stores a changed record; BotState compares serialised state, so a mutated object is saved too, but this says so.</summary>
    public Task SaveAsync(ITurnContext turnContext, CoachingRecord record, CancellationToken cancellationToken) =>
        _record.SetAsync(turnContext, record, cancellationToken);

    public async Task SetPositionAsync(ITurnContext turnContext, QuestionPosition? position, CancellationToken cancellationToken)
    {
        var marks = await MarksAsync(turnContext, cancellationToken);
        marks.Position = position;
        await _marks.SetAsync(turnContext, marks, cancellationToken);
    }
}
