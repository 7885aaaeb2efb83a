using BoneCoachBot.Tests.Support;

namespace BoneCoachBot.Tests.Script;

/// <summary>
/// A temporary copy of the real dialogs/ (with its language folders) in which a test may replace or delete one file.
/// Changing a base file drops the language folders: the copy is then English only, so the test sees its own change
/// and not a parity error of the Spanish words it didn't touch.
/// </summary>
public sealed class ScriptFolder : IDisposable
{
    public ScriptFolder()
    {
        Path = Directory.CreateTempSubdirectory("bonecoach-script-").FullName;
        Copy(RepositoryPaths.Dialogs, Path);
        foreach (var language in Directory.EnumerateDirectories(RepositoryPaths.Dialogs))
        {
            Copy(language, Directory.CreateDirectory(System.IO.Path.Combine(Path, System.IO.Path.GetFileName(language))).FullName);
        }
    }

    public string Path { get; }

    public ScriptFolder Write(string fileName, string json)
    {
        DropTranslations();
        File.WriteAllText(System.IO.Path.Combine(Path, fileName), json);
        return this;
    }

    public ScriptFolder Delete(string fileName)
    {
        DropTranslations();
        File.Delete(System.IO.Path.Combine(Path, fileName));
        return this;
    }

    /// <summary>Replaces one file of a language folder ("es", "loading.json"), keeping everything else as shipped.</summary>
    public ScriptFolder WriteTranslation(string language, string fileName, string json)
    {
        File.WriteAllText(System.IO.Path.Combine(Path, language, fileName), json);
        return this;
    }

    public string ReadTranslation(string language, string fileName) => File.ReadAllText(System.IO.Path.Combine(Path, language, fileName));

    public void Dispose() => Directory.Delete(Path, recursive: true);

    private void DropTranslations()
    {
        foreach (var language in Directory.EnumerateDirectories(Path))
        {
            Directory.Delete(language, recursive: true);
        }
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*.json"))
        {
            File.Copy(file, System.IO.Path.Combine(to, System.IO.Path.GetFileName(file)));
        }
    }
}
