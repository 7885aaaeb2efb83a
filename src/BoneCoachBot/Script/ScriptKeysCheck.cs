using System.Reflection;

namespace BoneCoachBot.Script;

/// <summary>
/// Every key code reads from dialogs/ (each class marked <see cref="ScriptKeysAttribute"/>) is in its file; the first
/// one missing stops loading, naming the file, the key and the constant that uses it.
/// </summary>
public static class ScriptKeysCheck
{
    public static void Check(ConversationScript script)
    {
        ArgumentNullException.ThrowIfNull(script);
        foreach (var type in typeof(ScriptKeysCheck).Assembly.GetTypes())
        {
            if (type.GetCustomAttribute<ScriptKeysAttribute>() is { } keys)
            {
                Check(script, keys, type);
            }
        }
    }

    private static void Check(ConversationScript script, ScriptKeysAttribute keys, Type type)
    {
        var file = $"dialogs/{keys.Part}.json";
        if (!script.Dialogs.ContainsKey(keys.Part))
        {
            throw new ScriptException(file, null, $"the file is missing; {type.Name} reads from it.");
        }

        var known = Known(script[keys.Part], keys, file, type);
        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && f.FieldType == typeof(string)))
        {
            var key = (string)field.GetRawConstantValue()!;
            if (!known.Contains(key))
            {
                throw new ScriptException(file, null,
                    $"the {Describe(keys)} '{key}' is missing; the code uses it as {type.Name}.{field.Name}.");
            }
        }
    }

    private static HashSet<string> Known(DialogScript dialog, ScriptKeysAttribute keys, string file, Type type) => keys.Kind switch
    {
        ScriptKeyKind.Texts => [.. dialog.Texts.Keys],
        ScriptKeyKind.Questions => [.. dialog.Questions.Select(q => q.Id)],
        ScriptKeyKind.Commands => [.. dialog.Commands.Select(c => c.Id)],
        ScriptKeyKind.Phrases => [.. dialog.Phrases.Keys],
        _ => dialog.Questions.FirstOrDefault(q => q.Id == keys.QuestionId) is { } question
            ? [.. question.Answer.Choices.Select(c => c.Value)]
            : throw new ScriptException(file, null, $"the question '{keys.QuestionId}' is missing; {type.Name} reads its choices."),
    };

    private static string Describe(ScriptKeysAttribute keys) => keys.Kind switch
    {
        ScriptKeyKind.Texts => "text",
        ScriptKeyKind.Questions => "question",
        ScriptKeyKind.Commands => "command",
        ScriptKeyKind.Phrases => "phrase list",
        _ => $"choice of '{keys.QuestionId}'",
    };
}
