using System.Text.RegularExpressions;
using BoneCoach.Dialogs;

namespace BoneCoachBot.CheckIns.Settings;

/// <summary>
/// Her reminder phrases in Spanish ("recuérdame los domingos a las 9", "pausa los recordatorios", "mi zona horaria es
/// Europe/Madrid"), said again in the English form <see cref="ReminderPhraseParser"/> reads; null when not one.
/// </summary>
internal static partial class SpanishReminderPhrases
{
    private static readonly Dictionary<string, string> Days = new(StringComparer.Ordinal)
    {
        ["lunes"] = "monday", ["martes"] = "tuesday", ["miercoles"] = "wednesday", ["jueves"] = "thursday",
        ["viernes"] = "friday", ["sabado"] = "saturday", ["sabados"] = "saturday", ["domingo"] = "sunday", ["domingos"] = "sunday",
    };

    public static string? AsEnglish(string text)
    {
        var zone = ZonePhrase().Match(text.Trim());
        if (zone.Success)
        {
            return "my time zone is " + zone.Groups["zone"].Value;
        }

        var folded = TextNormalizer.Normalize(text);
        var toggle = TogglePhrase().Match(folded);
        if (toggle.Success)
        {
            return toggle.Groups["verb"].Value switch
            {
                "pausa" or "pausar" or "pon en pausa" => "pause reminders",
                "reanuda" or "reanudar" or "activa" or "activar" or "vuelve a activar" => "resume reminders",
                _ => "stop reminders",
            };
        }

        var schedule = SchedulePhrase().Match(folded);
        if (!schedule.Success || (schedule.Groups["day"].Length == 0 && schedule.Groups["hour"].Length == 0))
        {
            return null;
        }

        var day = schedule.Groups["day"].Length > 0 ? " on " + Days[schedule.Groups["day"].Value] : string.Empty;
        var minute = schedule.Groups["minute"].Length > 0 ? ":" + schedule.Groups["minute"].Value : string.Empty;
        // "a las 7 de la tarde" is 7pm; "a las 19 de la tarde" is already 19:00.
        var evening = schedule.Groups["evening"].Length > 0 && schedule.Groups["hour"].Value.Length > 0 && int.Parse(schedule.Groups["hour"].Value, System.Globalization.CultureInfo.InvariantCulture) <= 12 ? "pm" : string.Empty;
        var time = schedule.Groups["hour"].Length > 0 ? $" at {schedule.Groups["hour"].Value}{minute}{evening}" : string.Empty;
        return "remind me" + day + time;
    }

    /// <summary>Spanish days, parts of the day and "a las 7" in an answer to the reminder offer, in English words
    /// ("el jueves por la tarde" reads as "thursday evening"); other words are left as they are.</summary>
    public static string SlotInEnglish(string text)
    {
        var folded = TextNormalizer.Normalize(text);
        var words = SlotWord().Replace(folded, match => match.Value switch
        {
            "por la manana" or "de la manana" or "en la manana" => "morning",
            "mediodia" or "al mediodia" => "noon",
            "por la tarde" or "en la tarde" or "tarde" or "tardes" => "evening",
            "de la tarde" or "de la noche" => "pm",
            "por la noche" or "en la noche" or "noche" or "noches" => "night",
            "a las" or "sobre las" or "hacia las" or "a la" => "at",
            var day => Days.GetValueOrDefault(day, day),
        });
        return words == folded ? text : words;
    }

    [GeneratedRegex(@"\b(?:por la manana|de la manana|en la manana|al mediodia|mediodia|por la tarde|en la tarde|de la tarde|de la noche|por la noche|en la noche|tardes?|noches?|a las|sobre las|hacia las|a la|lunes|martes|miercoles|jueves|viernes|sabados?|domingos?)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SlotWord();

    [GeneratedRegex(@"^(?:por favor )?(?<verb>pausa|pausar|pon en pausa|reanuda|reanudar|activa|activar|vuelve a activar|para|parar|deten|detener|quita|quitar|cancela|cancelar|no mas)(?: los| mis)? (?:recordatorios?|avisos?)(?: semanales)?(?: por favor)?$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex TogglePhrase();

    [GeneratedRegex(@"^(?:mi )?zona horaria(?: es|:)? (?<zone>[A-Za-z_]+(?:/[A-Za-z_+\-0-9]+){0,2}|UTC)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ZonePhrase();

    [GeneratedRegex(@"^(?:por favor )?(?:recuerdame|avisame)(?: el control| lo del control)?(?: cada| los| el| todos los)? ?(?<day>lunes|martes|miercoles|jueves|viernes|sabados?|domingos?)?(?: por la (?:manana|tarde|noche))?(?: a las| sobre las| hacia las| a la)? ?(?:(?<hour>\d{1,2})(?:[:.](?<minute>\d{2}))?(?: de la manana| (?<evening>de la tarde|de la noche)| h)?)?(?: por favor)?$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SchedulePhrase();
}
