using BoneCoachBot.Script;

namespace BoneCoachBot.CheckIns;

/// <summary>The wording of check-ins (dialogs/checkin.json) and reminders (dialogs/reminders.json), with {name} slots filled.</summary>
public sealed class CheckInTexts(ConversationScript script)
{
    public DialogScript CheckIn => script["checkin"];

    public DialogScript Reminders => script["reminders"];

    public IReadOnlyList<CommandScript> Commands => script["commands"].Commands;

    public string CheckInText(string key, params (string Name, object Value)[] slots) => Fill(CheckIn.Text(key), slots);

    public string CommandText(string key) => script["commands"].Text(key);

    public string ReminderText(string key, params (string Name, object Value)[] slots) => Fill(Reminders.Text(key), slots);

    /// <summary>Whether the whole message is one of the command's phrases (case and trailing punctuation aside).</summary>
    public bool IsCommand(string commandId, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var said = text.Trim().TrimEnd('.', '!', '?').Trim();
        return Commands.FirstOrDefault(c => c.Id == commandId)?.Phrases
            .Any(p => string.Equals(p.TrimEnd('?'), said, StringComparison.OrdinalIgnoreCase)) == true;
    }

    private static string Fill(string template, (string Name, object Value)[] slots) =>
        slots.Aggregate(template, (text, slot) => text.Replace("{" + slot.Name + "}", Convert.ToString(slot.Value, System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
}
