using System.Globalization;
using BoneCoachBot.Commands;

namespace BoneCoachBot.Dialogs.Questions;

/// <summary>
/// An amount as her language writes it: "1000 UI" in Spanish for the script's IU, "una vez por semana" rather than
/// "1 veces por semana". Units without a "unit.*" text (lower case) in dialogs/commands.json are written as the script has them.
/// </summary>
public static class UnitWords
{
    public static string Amount(CommandCatalog commands, string value, string unit)
    {
        ArgumentNullException.ThrowIfNull(commands);
        return $"{value} {(commands.Script.Texts.TryGetValue("unit." + unit.ToLowerInvariant(), out var said) ? said : unit)}";
    }

    public static string PerWeek(CommandCatalog commands, string times)
    {
        ArgumentNullException.ThrowIfNull(commands);
        return times == "1" ? commands.Text("oncePerWeek") : string.Format(CultureInfo.InvariantCulture, commands.Text("perWeek"), times);
    }
}
