using BoneCoachBot.State;

namespace BoneCoachBot.CheckIns.Reminders;

/// <summary>"Forget me" deletes her reminder registration too, so she is never contacted again.</summary>
public sealed class ReminderForgetMeHook(ReminderStore store) : IForgetMeHook
{
    public Task ForgetAsync(ForgetMeSubject subject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return store.DeleteAsync(ReminderKeys.For(subject.ChannelId, subject.UserId), cancellationToken);
    }
}
