using System.Collections.Concurrent;

namespace BoneCoach.Bench.Load;

/// <summary>The simulated users of one target; a user is held by one connection at a time, so her turns stay in order.</summary>
public sealed class UserPool
{
    private readonly ConcurrentQueue<SimulatedUser> _idle = new();

    public UserPool(int users, bool firstTurnOnly, int seed)
    {
        for (var i = 0; i < users; i++)
        {
            _idle.Enqueue(new SimulatedUser(seed + i, firstTurnOnly));
        }
    }

    // There are at least as many users as connections (BenchOptions checks), so one is always idle.
    public SimulatedUser Take() => _idle.TryDequeue(out var user) ? user : throw new InvalidOperationException("No idle user.");

    public void Return(SimulatedUser user) => _idle.Enqueue(user);
}
