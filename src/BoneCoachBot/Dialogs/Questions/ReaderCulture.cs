using BoneCoach.Dialogs;
using BoneCoachBot.Script;
using Microsoft.Bot.Builder;

namespace BoneCoachBot.Dialogs.Questions;

/// <summary>
/// The one place that says in which culture her words are read this turn: the language the turn speaks
/// (<see cref="ScriptLanguage.Chosen"/>, when she chose one), else her channel's locale; the region of her locale picks
/// the decimal separator, so "1,58" is 1.58 in Spain and "1,200 mg" is 1200 in Mexico and the US.
/// </summary>
public static class ReaderCulture
{
    // Spanish-speaking regions that write a decimal point (CLDR number symbols: es-MX, es-US, es-419 and these);
    // the rest of Spain and Latin America write a decimal comma, as es-ES.
    private static readonly HashSet<string> DecimalPointRegions = new(StringComparer.OrdinalIgnoreCase)
    {
        "MX", "US", "419", "PR", "DO", "GT", "HN", "NI", "PA", "SV", "PE", "CU",
    };

    /// <summary>The culture for this turn, and tells the engine's prompts the same.</summary>
    public static string Of(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var culture = Resolve(turnContext.Activity?.Locale, ScriptLanguage.Chosen);
        PromptCulture.Set(turnContext, culture);
        return culture;
    }

    /// <summary>"es-MX" → es-mx; "es-AR" → es-es; Spanish chosen in an en-US channel → es-mx; English chosen in es-ES → en-us.</summary>
    public static string Resolve(string? locale, string? chosenLanguage)
    {
        var parts = (locale ?? string.Empty).Trim().Replace('_', '-').Split('-', StringSplitOptions.RemoveEmptyEntries);
        var localeLanguage = parts.Length > 0 ? parts[0].ToLowerInvariant() : null;
        var language = chosenLanguage ?? localeLanguage ?? ScriptLanguage.English;
        if (language == ScriptLanguage.Spanish)
        {
            var region = parts.Length > 1 ? parts[1] : null;
            return PromptCulture.Resolve(region is not null && DecimalPointRegions.Contains(region) ? "es-MX" : "es-ES", null);
        }

        return PromptCulture.Resolve(language == localeLanguage ? locale : language, null);
    }
}
