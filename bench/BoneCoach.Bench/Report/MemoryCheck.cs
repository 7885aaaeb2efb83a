namespace BoneCoach.Bench.Report;

/// <summary>The coach's working set after a first batch of new users and after many more: it should stay flat.</summary>
public sealed record MemoryCheck(int FirstUsers, long AfterFirstBytes, int AllUsers, long AfterAllBytes)
{
    public double AfterFirstMb => AfterFirstBytes / 1048576.0;
    public double AfterAllMb => AfterAllBytes / 1048576.0;
    public double GrowthPercent => AfterFirstBytes > 0 ? 100.0 * (AfterAllBytes - AfterFirstBytes) / AfterFirstBytes : 0;
}
