namespace BoneCoachBot.State;

/// <summary>
/// A storage that can hold a set of keys against other bot instances for the few milliseconds of a turn's commit.
/// A turn saves two items (conversation, user) and storage has no multi-item transaction: under this lock the
/// pipeline checks both ETags first and only then writes both, so another instance never sees, or builds on, a
/// turn that saved one item but not the other. ETags still catch everything the lock does not cover.
/// </summary>
public interface ICommitLock
{
    /// <summary>Holds <paramref name="keys"/> until disposed; waits (bounded) while another instance holds any of them.</summary>
    Task<IAsyncDisposable> LockForCommitAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken);
}
