using System.Diagnostics;

namespace BoneCoach.Bench.Load;

/// <summary>When a round stops: after a fixed time (throughput rounds) or a fixed number of turns (the memory check).</summary>
public sealed class RoundBudget
{
    private readonly TimeSpan? _length;
    private readonly int? _turns;
    private readonly Stopwatch _clock = new();
    private int _started;

    private RoundBudget(TimeSpan? length, int? turns)
    {
        _length = length;
        _turns = turns;
    }

    public static RoundBudget For(TimeSpan length) => new(length, null);

    public static RoundBudget ForTurns(int turns) => new(null, turns);

    public void Start() => _clock.Restart();

    public bool TryStartTurn() => _length is { } length
        ? _clock.Elapsed < length
        : Interlocked.Increment(ref _started) <= _turns;
}
