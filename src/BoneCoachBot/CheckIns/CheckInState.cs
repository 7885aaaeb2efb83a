using BoneCoachBot.CheckIns.Progress;
using BoneCoachBot.State;
using Microsoft.Bot.Builder;

namespace BoneCoachBot.CheckIns;

/// <summary>The check-ins' state properties: her record in user state, the check-in and reminder flags per conversation.</summary>
public sealed class CheckInState(ConversationState conversationState, UserState userState)
{
    public const string RecordProperty = "CheckIns";

    public IStatePropertyAccessor<CheckInRecord> Record { get; } = new TypedStateProperty<CheckInRecord>(userState, RecordProperty);

    public IStatePropertyAccessor<CheckInFlags> Flags { get; } = new TypedStateProperty<CheckInFlags>(conversationState, nameof(CheckInFlags));

    public Task<CheckInRecord> RecordOfAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        Record.GetAsync(turnContext, () => new CheckInRecord(), cancellationToken);
}
