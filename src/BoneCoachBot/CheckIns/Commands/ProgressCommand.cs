using BoneCoach.Assessment;
using BoneCoach.Dialogs;
using BoneCoachBot.CheckIns.Progress;
using BoneCoachBot.Commands;

namespace BoneCoachBot.CheckIns.Commands;

/// <summary>"progress" anywhere: the summary of her check-ins with the 12-week chart, then the open question again.</summary>
public sealed class ProgressCommand(CheckInState state, ProgressMessage progress, CheckInTexts texts) : ICommandHandler
{
    public string CommandId => CommandIds.Progress;

    public async Task<DialogTurnResult?> TryHandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var record = await state.RecordOfAsync(context.Turn, cancellationToken);
        if (!context.HasPlan)
        {
            await context.SayAsync(context.Catalog.Text(CommandTextKeys.CheckInsLater), cancellationToken);
        }
        else if (record.History.Count == 0)
        {
            await context.SayAsync(texts.CheckInText(CheckInTextKeys.NoCheckIns), cancellationToken);
        }
        else
        {
            var report = ProgressTracker.Track(record.GoalsOrDefault, record.History);
            await context.SayAsync(texts.CheckInText(CheckInTextKeys.ProgressIntro), cancellationToken);
            await context.Turn.SendActivityAsync(progress.Build(record, report), cancellationToken);
        }

        return await context.ResumeAsync(cancellationToken);
    }
}
