namespace BoneCoachBot.State;

/// <summary>
/// Something else that holds a user's data (reminder registrations, for one) and must drop it on "forget me".
/// Registered in DI; runs after the turn's state deletion is saved. Must be safe to run twice.
/// </summary>
public interface IForgetMeHook
{
    Task ForgetAsync(ForgetMeSubject subject, CancellationToken cancellationToken);
}

/// <summary>Whose data to forget: the ids of the channel, the user and the conversation the request came from.</summary>
public sealed record ForgetMeSubject(string ChannelId, string UserId, string ConversationId);
