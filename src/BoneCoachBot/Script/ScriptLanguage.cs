namespace BoneCoachBot.Script;

/// <summary>
/// The languages the script is written in, and the one this turn speaks. The base files of dialogs/ are English and
/// hold the structure; each other language is an overlay of words in dialogs/{language}/ with the same keys.
/// </summary>
/// <remarks>
/// The turn's language is ambient, like <see cref="System.Globalization.CultureInfo.CurrentUICulture"/> (which
/// <c>ResourceManager</c> reads the same way): every part that says something reads the script through
/// <see cref="ConversationScript"/>, so none of them needs a language parameter. It is our own value rather than
/// CurrentUICulture so that a server set to another culture never changes what she reads.
/// </remarks>
public static class ScriptLanguage
{
    public const string English = "en";
    public const string Spanish = "es";

    /// <summary>The languages with an overlay folder (dialogs/es/).</summary>
    public static readonly IReadOnlyList<string> Overlays = [Spanish];

    private static readonly AsyncLocal<string?> TurnLanguage = new();

    /// <summary>The language of the running turn; English outside a turn.</summary>
    public static string Current => TurnLanguage.Value ?? English;

    public static bool IsSupported(string language) => language == English || Overlays.Contains(language);

    /// <summary>Speaks <paramref name="language"/> until the scope ends (an async method's own change ends with it).</summary>
    public static Scope Use(string language)
    {
        if (!IsSupported(language))
        {
            throw new ArgumentException($"The script has no language '{language}'; add dialogs/{language}/ and list it in ScriptLanguage.Overlays.", nameof(language));
        }

        var previous = TurnLanguage.Value;
        TurnLanguage.Value = language;
        return new Scope(previous);
    }

    /// <summary>Puts back the language that was current before <see cref="Use"/>.</summary>
    public readonly struct Scope(string? previous) : IDisposable
    {
        public void Dispose() => TurnLanguage.Value = previous;
    }
}
