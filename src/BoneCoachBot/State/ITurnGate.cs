using Microsoft.Bot.Builder;

namespace BoneCoachBot.State;

/// <summary>
/// A check a turn passes before it takes any lock or reads any state. A gate that answers the turn itself (a kind
/// reply to a message nobody can use) returns true, and the turn ends there: no state read, changed or saved.
/// </summary>
public interface ITurnGate
{
    Task<bool> AnsweredAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
