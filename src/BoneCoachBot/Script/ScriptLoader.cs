using System.Text.Json;
using System.Text.Json.Serialization;

namespace BoneCoachBot.Script;

/// <summary>
/// Reads every dialogs/*.json, checks it against script.schema.json and the rules a schema can't state,
/// and refuses to return a half-valid script: the first problem throws <see cref="ScriptException"/>.
/// </summary>
public static class ScriptLoader
{
    public const string SchemaFileName = "script.schema.json";

    /// <summary>The schema of an overlay of another language (dialogs/es/*.json): words only.</summary>
    public const string TextsSchemaFileName = "texts.schema.json";

    private static readonly JsonSerializerOptions ReadOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    public static ConversationScript Load(string directory)
    {
        var schemaPath = Path.Combine(directory, SchemaFileName);
        if (!File.Exists(schemaPath))
        {
            throw new ScriptException(Display(schemaPath), null, "the script schema is missing.");
        }

        var schema = new ScriptSchema(schemaPath);
        var dialogs = new Dictionary<string, DialogScript>(StringComparer.Ordinal);
        var lines = new Dictionary<string, JsonLineIndex>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            if (!path.EndsWith(".schema.json", StringComparison.Ordinal))
            {
                var (dialog, index) = LoadFile(path, schema);
                dialogs[dialog.Dialog] = dialog;
                lines[dialog.Dialog] = index;
            }
        }

        var missing = ConversationScript.RequiredDialogs.FirstOrDefault(name => !dialogs.ContainsKey(name));
        if (missing is not null)
        {
            throw new ScriptException($"dialogs/{missing}.json", null, "this file is missing; the bot needs it.");
        }

        // Gates and fills point across files, so they are checked once every file is read.
        GateRules.Check(dialogs, lines);
        return new ConversationScript(dialogs, ScriptTranslations.Load(directory, dialogs));
    }

    /// <summary>A file checked against <paramref name="schema"/>, as <typeparamref name="T"/>, with its line index for later rules.</summary>
    internal static (T Value, JsonLineIndex Lines) Read<T>(string path, string file, ScriptSchema schema)
    {
        var bytes = File.ReadAllBytes(path);
        using var document = Parse(file, bytes);
        var lines = new JsonLineIndex(bytes);
        if (!schema.Accepts(bytes, document.RootElement))
        {
            var (pointer, message) = schema.FirstError(document.RootElement);
            throw new ScriptException(file, lines.LineOf(pointer), message);
        }

        return (document.RootElement.Deserialize<T>(ReadOptions)!, lines);
    }

    private static (DialogScript Dialog, JsonLineIndex Lines) LoadFile(string path, ScriptSchema schema)
    {
        var file = Display(path);
        var (dialog, lines) = Read<DialogScript>(path, file, schema);
        ScriptRules.Check(dialog, Path.GetFileNameWithoutExtension(path), file, lines);
        return (dialog, lines);
    }

    private static JsonDocument Parse(string file, byte[] bytes)
    {
        try
        {
            return JsonDocument.Parse(bytes, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException broken)
        {
            // JsonException counts lines from 0.
            throw new ScriptException(file, (broken.LineNumber ?? 0) + 1, "this is not valid JSON: " + FirstSentence(broken.Message));
        }
    }

    private static string FirstSentence(string message) => message.Split(" Path:", 2)[0];

    internal static string Display(string path) => Path.Combine("dialogs", Path.GetFileName(path));
}
