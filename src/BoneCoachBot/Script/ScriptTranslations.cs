namespace BoneCoachBot.Script;

/// <summary>
/// Loads the overlays of dialogs/{language}/ for each language of <see cref="ScriptLanguage.Overlays"/>: each file is
/// checked against texts.schema.json, must name a base dialog, must hold exactly its keys (<see cref="ScriptParity"/>),
/// and is then laid over it (<see cref="ScriptOverlay"/>). A base file without its overlay stops loading: she would
/// otherwise meet English in the middle of a Spanish conversation.
/// </summary>
internal static class ScriptTranslations
{
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, DialogScript>> Load(string directory, IReadOnlyDictionary<string, DialogScript> english)
    {
        var translations = new Dictionary<string, IReadOnlyDictionary<string, DialogScript>>(StringComparer.Ordinal);
        foreach (var language in ScriptLanguage.Overlays)
        {
            var folder = Path.Combine(directory, language);
            if (Directory.Exists(folder))
            {
                translations[language] = LoadLanguage(directory, language, english);
            }
        }

        return translations;
    }

    private static Dictionary<string, DialogScript> LoadLanguage(string directory, string language, IReadOnlyDictionary<string, DialogScript> english)
    {
        var schemaPath = Path.Combine(directory, ScriptLoader.TextsSchemaFileName);
        if (!File.Exists(schemaPath))
        {
            throw new ScriptException($"dialogs/{ScriptLoader.TextsSchemaFileName}", null, $"the schema of the dialogs/{language}/ files is missing.");
        }

        var schema = new ScriptSchema(schemaPath);
        var dialogs = new Dictionary<string, DialogScript>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(Path.Combine(directory, language), "*.json").Order(StringComparer.Ordinal))
        {
            var file = $"dialogs/{language}/{Path.GetFileName(path)}";
            var (words, lines) = ScriptLoader.Read<DialogTexts>(path, file, schema);
            var stem = Path.GetFileNameWithoutExtension(path);
            if (words.Dialog != stem)
            {
                throw new ScriptException(file, lines.LineOf("/dialog"), $"'dialog' is '{words.Dialog}' but the file is named {stem}.json; make them match.");
            }

            if (!english.TryGetValue(stem, out var baseDialog))
            {
                throw new ScriptException(file, lines.LineOf("/dialog"), $"there is no dialogs/{stem}.json for these words.");
            }

            ScriptParity.Check(baseDialog, words, file, lines);
            var translated = ScriptOverlay.Apply(baseDialog, words);
            // Her words in both languages now point at the choices and commands: none may point at two.
            ScriptRules.Check(translated, stem, file, lines);
            dialogs[stem] = translated;
        }

        if (english.Keys.Order(StringComparer.Ordinal).FirstOrDefault(name => !dialogs.ContainsKey(name)) is { } missing)
        {
            throw new ScriptException($"dialogs/{language}/{missing}.json", null, $"this file is missing: every file of dialogs/ needs its words in dialogs/{language}/.");
        }

        return dialogs;
    }
}
