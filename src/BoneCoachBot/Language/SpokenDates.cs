using System.Globalization;
using BoneCoachBot.Script;

namespace BoneCoachBot.Language;

/// <summary>
/// Days and dates as the turn's language says them ("Monday 7 December", "lunes 7 de diciembre"). Spanish names are
/// spelled here rather than taken from ICU, so a server without culture data (invariant globalization) still says them.
/// </summary>
public static class SpokenDates
{
    private static readonly string[] SpanishDays = ["domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"];

    private static readonly string[] SpanishMonths =
        ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];

    public static string Day(DayOfWeek day) =>
        ScriptLanguage.Current == ScriptLanguage.Spanish ? SpanishDays[(int)day] : day.ToString();

    public static string Date(DateTimeOffset date) =>
        ScriptLanguage.Current == ScriptLanguage.Spanish
            ? $"{SpanishDays[(int)date.DayOfWeek]} {date.Day} de {SpanishMonths[date.Month - 1]}"
            : date.ToString("dddd d MMMM", CultureInfo.InvariantCulture);
}
