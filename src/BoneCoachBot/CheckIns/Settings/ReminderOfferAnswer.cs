using BoneCoach.Dialogs;

namespace BoneCoachBot.CheckIns.Settings;

/// <summary>
/// Her answer to the weekly reminder offer: yes, no, or yes at another day or time she names ("Thursday evening").
/// Null when it is none of these, so the offer is asked again and, still unclear, no reminder is set.
/// </summary>
public sealed record ReminderOfferAnswer(bool Accepted, ReminderSlot? Slot)
{
    public static ReminderOfferAnswer? Read(string? text, string culture)
    {
        if (ReminderSlotReader.Read(text) is { } slot)
        {
            return new ReminderOfferAnswer(true, slot);
        }

        return ConfirmWords.For(culture).MatchOffer(text) is { } yes ? new ReminderOfferAnswer(yes, null) : null;
    }

    /// <summary>The offer changed to the day and time she named; what she left out stays as offered.</summary>
    public ReminderProposal Apply(ReminderProposal proposal)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        return Slot is null
            ? proposal
            : proposal with { Day = Slot.Day ?? proposal.Day, Time = Slot.Time?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) ?? proposal.Time };
    }
}
