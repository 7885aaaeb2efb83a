using BoneCoachBot.Tests.Support;

namespace BoneCoachBot.Tests.Script;

/// <summary>A temporary copy of the real dialogs/ in which a test may replace or delete one file.</summary>
public sealed class ScriptFolder : IDisposable
{
    public ScriptFolder()
    {
        Path = Directory.CreateTempSubdirectory("bonecoach-script-").FullName;
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Dialogs, "*.json"))
        {
            File.Copy(file, System.IO.Path.Combine(Path, System.IO.Path.GetFileName(file)));
        }
    }

    public string Path { get; }

    public ScriptFolder Write(string fileName, string json)
    {
        File.WriteAllText(System.IO.Path.Combine(Path, fileName), json);
        return this;
    }

    public ScriptFolder Delete(string fileName)
    {
        File.Delete(System.IO.Path.Combine(Path, fileName));
        return this;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
