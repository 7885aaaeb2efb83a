namespace BoneCoach.Assessment.Tests;

// Issue 13: every threshold names its source on its own line, so a reviewer can check each number.
public class ThresholdSourceTests
{
    [Fact]
    public void Every_threshold_in_Thresholds_cs_carries_its_source()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "BoneCoachBot.sln")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        var lines = File.ReadAllLines(Path.Combine(directory.FullName, "src", "BoneCoach.Assessment", "Thresholds.cs"))
            .Where(line => line.TrimStart().StartsWith("public const", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.Matches(@"//\s*\S.{8,}", line));
    }
}
