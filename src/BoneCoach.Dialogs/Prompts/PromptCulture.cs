using Microsoft.Bot.Builder;
using Microsoft.Recognizers.Text;

namespace BoneCoach.Dialogs;

/// <summary>Picks the recognizer culture for a turn: the app's choice for the turn, else activity locale, then the prompt's default, then English.</summary>
public static class PromptCulture
{
    /// <summary>The turn-state key of a culture the app chose for this turn (she asked for another language than her channel's).</summary>
    public const string TurnStateKey = "BoneCoach.Dialogs.PromptCulture";

    /// <summary>Makes every prompt of this turn read her words in <paramref name="culture"/> ("es-es", "es-mx").</summary>
    public static void Set(ITurnContext turnContext, string culture)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentException.ThrowIfNullOrWhiteSpace(culture);
        turnContext.TurnState[TurnStateKey] = Map(culture) ?? Culture.English;
    }

    /// <summary>The culture for this turn: the one set with <see cref="Set"/>, else by locale.</summary>
    public static string Of(ITurnContext? turnContext, string? defaultLocale)
        => turnContext?.TurnState.Get<string>(TurnStateKey) is { } chosen ? chosen : Resolve(turnContext?.Activity?.Locale, defaultLocale);

    /// <summary>The Recognizers.Text culture code for the first usable locale.</summary>
    public static string Resolve(string? activityLocale, string? defaultLocale)
        => Map(activityLocale) ?? Map(defaultLocale) ?? Culture.English;

    /// <summary>The two-letter language of a culture code ("es-es" gives "es").</summary>
    public static string Language(string culture) => culture.Split('-', '_')[0].ToLowerInvariant();

    private static string? Map(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return null;
        }

        var code = locale.Trim().Replace('_', '-').ToLowerInvariant();
        // Wildcard cultures ("en-*") are skipped: the plain language culture is the predictable choice.
        var supported = Culture.SupportedCultures.Select(c => c.CultureCode).Where(c => !c.Contains('*', StringComparison.Ordinal)).ToList();
        if (supported.Contains(code))
        {
            return code;
        }

        // "es-MX" or "es" has no culture of its own: take the supported culture of the same language.
        var language = Language(code);
        return supported.FirstOrDefault(c => Language(c) == language);
    }
}
