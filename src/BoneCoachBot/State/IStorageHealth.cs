namespace BoneCoachBot.State;

/// <summary>A storage that can tell whether it answers right now, for <c>/healthz</c>.</summary>
public interface IStorageHealth
{
    Task<bool> IsReachableAsync(CancellationToken cancellationToken);
}
