using BoneCoach.Dialogs;
using BoneCoachBot.CheckIns.Reminders;
using BoneCoachBot.CheckIns.Settings;
using BoneCoachBot.Coaching;
using BoneCoachBot.Commands;
using BoneCoachBot.Dialogs;

namespace BoneCoachBot.CheckIns.Commands;

/// <summary>
/// Her words about reminders, which no whole-phrase command of dialogs/commands.json can match: her answer to a
/// reminder ("yes" begins the check-in, "not now" declines it), and the phrases that change them ("remind me on
/// Sundays at 9", "pause reminders", "my time zone is Europe/London").
/// </summary>
public sealed partial class ReminderPhrasesCommand(CheckInState state, ReminderSettings reminders, CheckInCommand checkIn, CheckInTexts texts) : ICommandHandler
{
    private static readonly HashSet<string> Declines = new(StringComparer.OrdinalIgnoreCase) { ReminderTurn.NotNowValue, "not now", "no", "later", "no thanks", "not today" };
    private static readonly HashSet<string> Accepts = new(StringComparer.OrdinalIgnoreCase) { "yes", "sure", "ok", "okay", "yeah", "yep", "now", "let's go", "go" };

    public string? CommandId => null;

    public async Task<DialogTurnResult?> TryHandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);

        // Nothing of hers is kept before she consents, a reminder's address included: until then the phrase is ordinary text.
        if (context.Record.Consent != ConsentStatus.Given)
        {
            return null;
        }

        if (await AnswerReminderAsync(context, cancellationToken) is { } answered)
        {
            return answered;
        }

        // At the offer after her plan, "remind me on Fridays at 7pm" answers the offer itself (PlanDialog).
        if (AtReminderOffer(context))
        {
            return await AskAboutOfferAsync(context, cancellationToken);
        }

        return await reminders.TryHandleAsync(context.Turn, cancellationToken) ? await context.ResumeAsync(cancellationToken) : null;
    }

    // "which day?" at the offer is about the reminder, not a health question for her clinician: the offer again, with examples.
    private async Task<DialogTurnResult?> AskAboutOfferAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var text = context.Turn.Activity.Text ?? string.Empty;
        if (!text.Contains('?', StringComparison.Ordinal) || !AboutTheReminder().IsMatch(text)
            || ReminderOfferAnswer.Read(text, PromptCulture.Resolve(context.Turn.Activity.Locale, null)) is not null)
        {
            return null;
        }

        await context.SayAsync(reminders.RetryText, cancellationToken);
        return Dialog.EndOfTurn;
    }

    private static bool AtReminderOffer(CommandContext context)
    {
        var dc = context.Dc;
        while (dc.Child is { } child)
        {
            dc = child;
        }

        return dc.ActiveDialog?.Id == PlanDialog.ReminderPromptId;
    }

    // Only her first message after a reminder answers it; anything else she says is taken as she meant it.
    private async Task<DialogTurnResult?> AnswerReminderAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var flags = await state.Flags.GetAsync(context.Turn, () => new CheckInFlags(), cancellationToken);
        if (!flags.ReminderPending)
        {
            return null;
        }

        await state.Flags.SetAsync(context.Turn, flags with { ReminderPending = false }, cancellationToken);
        var said = context.Turn.Activity.Text?.Trim().TrimEnd('.', '!') ?? string.Empty;
        if (!context.HasPlan)
        {
            // Without a plan there is no check-in to start, and her "yes" may answer an onboarding question.
            return null;
        }

        if (Declines.Contains(said))
        {
            return await context.SayThenResumeAsync(texts.ReminderText(ReminderTextKeys.NotNowReply), cancellationToken);
        }

        return Accepts.Contains(said) ? await checkIn.TryHandleAsync(context, cancellationToken) : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(day|days|time|times|when|remind|reminder|reminders|week|weekly|often)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex AboutTheReminder();
}
