using BoneCoach.Dialogs;
using BoneCoachBot.Coaching;
using BoneCoachBot.Script;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace BoneCoachBot.Language;

/// <summary>
/// Which language a turn speaks: the one she chose (kept in her record), else her channel's locale ("es-MX" is
/// Spanish), else English. The turn's activity then carries that language with her region ("es-US"), so the prompts'
/// readers read Spanish numbers and dates (<see cref="PromptCulture"/>) and the helplines still know where she is.
/// </summary>
public sealed class TurnLanguage(CoachingState state)
{
    /// <summary>Her language for this turn; the caller speaks it with <see cref="ScriptLanguage.Use"/>.</summary>
    public async Task<string> OfAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var record = await state.RecordAsync(turnContext, cancellationToken);
        var language = Of(record.Language, turnContext.Activity?.Locale);
        Carry(turnContext.Activity, language);
        return language;
    }

    /// <summary>Keeps her choice in her record, for every turn after this one (reminders days later too).</summary>
    public async Task ChooseAsync(ITurnContext turnContext, string language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var record = await state.RecordAsync(turnContext, cancellationToken);
        record.Language = language;
        await state.SaveAsync(turnContext, record, cancellationToken);
        Carry(turnContext.Activity, language);
    }

    public static string Of(string? chosen, string? locale) =>
        chosen is not null && ScriptLanguage.IsSupported(chosen) ? chosen : FromLocale(locale);

    /// <summary>The script language of a channel locale: "es", "es-ES", "es_MX" are Spanish; anything else English.</summary>
    public static string FromLocale(string? locale)
    {
        var language = string.IsNullOrWhiteSpace(locale) ? ScriptLanguage.English : PromptCulture.Language(locale.Trim());
        return ScriptLanguage.IsSupported(language) ? language : ScriptLanguage.English;
    }

    /// <summary>The locale for her language with the channel's region: ("es", "en-US") gives "es-US".</summary>
    public static string LocaleFor(string language, string? locale)
    {
        if (!string.IsNullOrWhiteSpace(locale) && PromptCulture.Language(locale.Trim()) == language)
        {
            return locale.Trim();
        }

        var region = (locale ?? string.Empty).Split('-', '_').Skip(1).FirstOrDefault(p => p.Length == 2 && p.All(char.IsLetter));
        return region is null ? language : $"{language}-{region.ToUpperInvariant()}";
    }

    private static void Carry(IActivity? activity, string language)
    {
        if (activity is Activity turn)
        {
            turn.Locale = LocaleFor(language, turn.Locale);
        }
    }
}
