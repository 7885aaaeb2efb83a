using BoneCoach.Assessment;
using BoneCoach.Dialogs;
using BoneCoachBot.Coaching;
using BoneCoachBot.Commands;
using BoneCoachBot.Dialogs;

namespace BoneCoachBot.CheckIns.Commands;

/// <summary>
/// "check in" anywhere: begins the <see cref="CheckInDialog"/> on the conversation's own stack once her plan exists
/// (so help, why, back and cancel work inside it, and an open question is asked again after it). Before the plan
/// there is nothing to measure a week against, and before consent no health question may be asked.
/// </summary>
public sealed class CheckInCommand(CheckInDialog dialog, CheckInState state) : ICommandHandler
{
    public string CommandId => CommandIds.CheckIn;

    public IEnumerable<Dialog> Dialogs => [dialog];

    public async Task<DialogTurnResult?> TryHandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.HasPlan)
        {
            return await context.SayThenResumeAsync(context.Catalog.Text(CommandTextKeys.CheckInsLater), cancellationToken);
        }

        if (context.AtCheckInQuestion)
        {
            // Already in it: a second check-in on top would start the week's questions over.
            return await context.SayThenResumeAsync(context.Catalog.Text(CommandTextKeys.CheckInFirst), cancellationToken);
        }

        await SeedGoalsFromPlanAsync(context, cancellationToken);
        var flags = await state.Flags.GetAsync(context.Turn, () => new CheckInFlags(), cancellationToken);
        await state.Flags.SetAsync(context.Turn, flags with { CheckInOpen = true, ReminderPending = false, Ahead = null }, cancellationToken);
        return await context.Dc.BeginDialogAsync(dialog.Id, null, cancellationToken);
    }

    // The first check-in measures against her plan's targets; later ones against the goals the check-ins adjusted,
    // following her plan where new answers (fine-tune, a check-in's deeper questions) changed it.
    private async Task SeedGoalsFromPlanAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var record = await state.RecordOfAsync(context.Turn, cancellationToken);
        var goals = TrackedGoal.Follow(record.Goals, CoachingInputs.From(context.Record).Assess().Plan);
        if (!goals.SequenceEqual(record.Goals))
        {
            await state.Record.SetAsync(context.Turn, record with { Goals = [.. goals] }, cancellationToken);
        }
    }
}
