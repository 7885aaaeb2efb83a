using BoneCoachBot.Script;

namespace BoneCoachBot.CheckIns;

/// <summary>The wording of check-ins (dialogs/checkin.json) and reminders (dialogs/reminders.json), with {name} slots filled.</summary>
public sealed class CheckInTexts(ConversationScript script)
{
    public DialogScript CheckIn => script[ScriptParts.CheckIn];

    public DialogScript Reminders => script[ScriptParts.Reminders];

    public string CheckInText(string key, params (string Name, object Value)[] slots) => Fill(CheckIn.Text(key), slots);

    public string ReminderText(string key, params (string Name, object Value)[] slots) => Fill(Reminders.Text(key), slots);

    private static string Fill(string template, (string Name, object Value)[] slots) =>
        slots.Aggregate(template, (text, slot) => text.Replace("{" + slot.Name + "}", Convert.ToString(slot.Value, System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
}
