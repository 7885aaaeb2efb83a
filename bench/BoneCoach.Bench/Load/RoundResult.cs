namespace BoneCoach.Bench.Load;

/// <summary>What one timed round against one target produced.</summary>
public sealed record RoundResult(int Turns, int Errors, TimeSpan Elapsed, double[] LatenciesMs);
