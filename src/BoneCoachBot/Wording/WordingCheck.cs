using BoneCoachBot.Script;

namespace BoneCoachBot.Wording;

/// <summary>
/// The start-up check of result wording: every key the core's codes need is present, and every placeholder
/// names a figure the core has ("{proteinGramsPerDay}") in a format the bot knows.
/// </summary>
internal static class WordingCheck
{
    public static void Check(DialogScript file, IEnumerable<string> requiredKeys, string? directory)
    {
        var name = $"dialogs/{file.Dialog}.json";
        var lines = Lines(directory, file.Dialog);
        var missing = requiredKeys.FirstOrDefault(key => !file.Texts.ContainsKey(key));
        if (missing is not null)
        {
            throw new ScriptException(name, lines?.LineOf("/texts"), $"the text '{missing}' is missing; every code the assessment can produce needs wording.");
        }

        foreach (var (key, text) in file.Texts)
        {
            var problem = PlaceholderProblem(text);
            if (problem is not null)
            {
                throw new ScriptException(name, lines?.LineOf("/texts/" + key), $"text '{key}': {problem}");
            }
        }
    }

    private static string? PlaceholderProblem(string text)
    {
        foreach (var (figure, format) in Template.Placeholders(text))
        {
            if (Template.FigureNamed(figure) is null)
            {
                return $"'{{{figure}}}' is not a figure the assessment supplies (see FigureName, written in camelCase).";
            }

            if (format is not null && format != Template.NumberOnly)
            {
                return $"'{{{figure}:{format}}}' has an unknown format; only ':{Template.NumberOnly}' is known.";
            }
        }

        return null;
    }

    private static JsonLineIndex? Lines(string? directory, string dialog)
    {
        var path = directory is null ? null : Path.Combine(directory, dialog + ".json");
        return path is not null && File.Exists(path) ? new JsonLineIndex(File.ReadAllBytes(path)) : null;
    }
}
