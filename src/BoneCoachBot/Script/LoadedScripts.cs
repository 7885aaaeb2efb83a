using System.Collections.Concurrent;
using System.Globalization;

namespace BoneCoachBot.Script;

/// <summary>
/// A script folder loaded and checked once per process while its files stay the same. The bot loads one folder once;
/// a test run starts hundreds of hosts on the same folder, and each load (JSON schema checks, the key check, every
/// triage pattern, both languages) cost one to three seconds. A loaded script is immutable, so hosts can share it.
/// </summary>
public static class LoadedScripts
{
    private static readonly ConcurrentDictionary<string, (string Stamp, ConversationScript Script)> Loaded = new(StringComparer.Ordinal);

    /// <summary>The folder's script, checked (<see cref="ScriptKeysCheck"/>); a broken folder throws every time it is asked for.</summary>
    public static ConversationScript Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var stamp = Stamp(directory);
        if (Loaded.TryGetValue(directory, out var known) && known.Stamp == stamp)
        {
            return known.Script;
        }

        var script = ScriptLoader.Load(directory);
        // Every key the code reads from dialogs/ (texts, questions, commands, choices) must be there.
        ScriptKeysCheck.Check(script);
        Loaded[directory] = (stamp, script);
        return script;
    }

    // Each file's path, size and last write, translations' sub-folders included: any edit loads the folder again.
    private static string Stamp(string directory) =>
        !Directory.Exists(directory)
            ? string.Empty
            : string.Join('|', Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .Select(file => new FileInfo(file))
                .Select(file => string.Create(CultureInfo.InvariantCulture, $"{file.FullName}:{file.Length}:{file.LastWriteTimeUtc.Ticks}")));
}
