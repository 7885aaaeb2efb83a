using System.Globalization;
using BoneCoachBot.Commands;
using BoneCoachBot.Script;

namespace BoneCoachBot.Dialogs.Questions;

/// <summary>
/// An amount as her language writes it: "1000 UI" in Spanish for the script's IU, "una vez por semana" rather than
/// "1 veces por semana". Units without a "unit.*" text (lower case) in dialogs/commands.json are written as the script has them.
/// </summary>
public static class UnitWords
{
    public const decimal InchesPerFoot = 12m;

    public static string Amount(CommandCatalog commands, string value, string unit)
    {
        ArgumentNullException.ThrowIfNull(commands);
        return $"{value} {(commands.Script.Texts.TryGetValue("unit." + unit.ToLowerInvariant(), out var said) ? said : unit)}";
    }

    /// <summary>A height in inches as it is said: "5 ft 4 in", "5 ft".</summary>
    public static string FeetAndInches(decimal inches)
    {
        var feet = Math.Floor(inches / InchesPerFoot);
        var rest = inches - (feet * InchesPerFoot);
        return rest == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{feet} ft")
            : string.Create(CultureInfo.InvariantCulture, $"{feet} ft {rest:0.#} in");
    }

    /// <summary>"3 times a week", or "3 days a week" where the question counts days ("on how many days ...?").</summary>
    public static string PerWeek(DialogScript commands, string count, FrequencyCount counts)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var (one, many) = counts == FrequencyCount.Days
            ? (CommandTextKeys.OneDayPerWeek, CommandTextKeys.DaysPerWeek)
            : (CommandTextKeys.OncePerWeek, CommandTextKeys.PerWeek);
        return count == "1" ? commands.Text(one) : string.Format(CultureInfo.InvariantCulture, commands.Text(many), count);
    }

    /// <summary>
    /// A time kept in years as she would say it: "about a month" for a month's course of steroids, not "about 0.1 years";
    /// "about 6 months", "about a year", "about 2.5 years"; "about 8 years ago" for a time since (<see cref="AnswerSpec.Ago"/>).
    /// </summary>
    public static string Years(DialogScript commands, double years, bool ago = false)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var said = HowLong(commands, years);
        return ago ? string.Format(CultureInfo.InvariantCulture, commands.Text(CommandTextKeys.Ago), said) : said;
    }

    private static string HowLong(DialogScript commands, double years)
    {
        var (weeks, months, tenths) = ((int)Math.Round(years * 52), (int)Math.Round(years * 12), Math.Round(years, 1));
        return years switch
        {
            <= 0 => Fill(commands.Text(CommandTextKeys.Years), 0),
            _ when weeks == 0 => commands.Text(CommandTextKeys.UnderAWeek),
            _ when weeks == 1 => commands.Text(CommandTextKeys.AboutAWeek),
            _ when weeks < 4 => Fill(commands.Text(CommandTextKeys.Weeks), weeks),
            _ when months <= 1 => commands.Text(CommandTextKeys.AboutAMonth),
            _ when months < 12 => Fill(commands.Text(CommandTextKeys.Months), months),
            _ when tenths == 1 => commands.Text(CommandTextKeys.AboutAYear),
            _ => Fill(commands.Text(CommandTextKeys.Years), tenths),
        };
    }

    private static string Fill(string template, double value) =>
        string.Format(CultureInfo.InvariantCulture, template, value.ToString("0.##", CultureInfo.InvariantCulture));
}
