using BoneCoach.Assessment;
using BoneCoachBot.Script;

namespace BoneCoachBot.Wording;

/// <summary>
/// The clinician summary's words per language, from dialogs/summary.json and its overlays (dialogs/es/summary.json),
/// built once when the bot starts: a key the core needs and a language lacks stops start-up naming the file. The
/// overlay parity check already keeps the two files' keys and placeholders the same.
/// </summary>
public sealed class ClinicianSummaryWording
{
    public const string File = "summary";

    private readonly IReadOnlyDictionary<string, SummaryWording> _languages;

    private ClinicianSummaryWording(IReadOnlyDictionary<string, SummaryWording> languages) => _languages = languages;

    /// <summary>The summary in the turn's language (<see cref="ScriptLanguage.Current"/>).</summary>
    public SummaryWording Current => _languages.TryGetValue(ScriptLanguage.Current, out var wording) ? wording : _languages[ScriptLanguage.English];

    public static ClinicianSummaryWording From(ConversationScript script, string? directory = null)
    {
        ArgumentNullException.ThrowIfNull(script);
        if (!script.Dialogs.ContainsKey(File))
        {
            throw new ScriptException($"dialogs/{File}.json", null, "this file is missing; the bot needs it for the summary she takes to her clinician.");
        }

        return new ClinicianSummaryWording(script.Languages.ToDictionary(language => language, language => In(script, language, directory), StringComparer.Ordinal));
    }

    private static SummaryWording In(ConversationScript script, string language, string? directory)
    {
        var relative = language == ScriptLanguage.English ? $"{File}.json" : Path.Combine(language, $"{File}.json");
        var texts = script.In(language, File).Texts;
        try
        {
            return new SummaryWording(texts);
        }
        catch (ArgumentException broken)
        {
            var path = directory is null ? null : Path.Combine(directory, relative);
            var lines = path is not null && System.IO.File.Exists(path) ? new JsonLineIndex(System.IO.File.ReadAllBytes(path)) : null;
            var missing = SummaryWording.Missing(texts);
            throw new ScriptException($"dialogs/{relative.Replace('\\', '/')}", lines?.LineOf(missing is null ? $"/texts/{SummaryKeys.MonthNames}" : "/texts"),
                missing is null ? broken.Message : $"the text '{missing}' is missing; the clinician summary needs it.");
        }
    }
}
