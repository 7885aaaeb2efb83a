namespace BoneCoachBot.Script;

/// <summary>
/// The whole conversation script, loaded and checked once at start-up: the base (English) dialogs and, per other
/// language, the same dialogs with that language's words. The indexer speaks the turn's language
/// (<see cref="ScriptLanguage.Current"/>).
/// </summary>
public sealed class ConversationScript(
    IReadOnlyDictionary<string, DialogScript> dialogs,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, DialogScript>>? translations = null)
{
    /// <summary>The files the bot cannot run without.</summary>
    public static readonly IReadOnlyList<string> RequiredDialogs =
        [ScriptParts.Consent, ScriptParts.Onboarding, ScriptParts.Loading, ScriptParts.Hormones, ScriptParts.Diet, ScriptParts.Inflammation, ScriptParts.Supplements, ScriptParts.CheckIn, ScriptParts.Commands, "feedback", "plan", ScriptParts.Safety, "answers"];

    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, DialogScript>> _translations =
        translations ?? new Dictionary<string, IReadOnlyDictionary<string, DialogScript>>();

    /// <summary>The base files, in English: the structure every language shares.</summary>
    public IReadOnlyDictionary<string, DialogScript> Dialogs { get; } = dialogs;

    /// <summary>English and every language with an overlay folder.</summary>
    public IReadOnlyList<string> Languages => [ScriptLanguage.English, .. _translations.Keys.Order(StringComparer.Ordinal)];

    /// <summary>A dialog in the turn's language.</summary>
    public DialogScript this[string dialog] => In(ScriptLanguage.Current, dialog);

    /// <summary>A dialog in <paramref name="language"/>; English when that language has no words for it.</summary>
    public DialogScript In(string language, string dialog) =>
        _translations.TryGetValue(language, out var translated) && translated.TryGetValue(dialog, out var script)
            ? script
            : Dialogs.TryGetValue(dialog, out var english)
                ? english
                : throw new KeyNotFoundException($"There is no dialogs/{dialog}.json.");

    /// <summary>The dialog in every language, English first (for words she may type in any of them).</summary>
    public IEnumerable<DialogScript> InEveryLanguage(string dialog) => Languages.Select(language => In(language, dialog));
}
