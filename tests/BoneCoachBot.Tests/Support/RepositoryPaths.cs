namespace BoneCoachBot.Tests.Support;

/// <summary>Finds the checkout this test runs from, so tests use the real dialogs/ and the real built host.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Dialogs => Path.Combine(Root, "dialogs");

    // The host is built by the ProjectReference; take its own output folder, same configuration as this test.
    public static string HostAssembly()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var dll = Path.Combine(Root, "src", "BoneCoachBot", "bin", testOutput.Parent!.Name, testOutput.Name, "BoneCoachBot.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the host first", dll);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BoneCoachBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("BoneCoachBot.sln not found above " + AppContext.BaseDirectory);
    }
}
