using BoneCoach.Assessment;
using BoneCoach.Dialogs;
using BoneCoachBot.Wording;
using BoneCoachBot.Coaching;
using BoneCoachBot.Safety;
using BoneCoachBot.Script;

namespace BoneCoachBot.Commands;

/// <summary>"summary": the clinician summary (Markdown from the core) once her plan exists.</summary>
public sealed class SummaryCommand(ICoachingMessages messages, ConversationScript script, TimeProvider time, ReportedConcerns reported) : ICommandHandler
{
    public string CommandId => CommandIds.Summary;

    public async Task<DialogTurnResult?> TryHandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.HasPlan)
        {
            await context.Turn.SendActivityAsync(messages.ClinicianSummaryMessage(Render(context.Record, time, messages.SummaryWording, await reported.ForAsync(context.Turn, cancellationToken))), cancellationToken);
        }
        else
        {
            await context.SayAsync(PartTitle.Fill(context.Catalog.Text(CommandTextKeys.SummaryNotYet), PartTitle.Of(context, script)), cancellationToken);
        }

        return await context.ResumeAsync(cancellationToken);
    }

    /// <summary>The summary of her record in <paramref name="wording"/>'s language, with what she reported in the chat and check-ins (<see cref="ReportedConcerns"/>).</summary>
    public static string Render(CoachingRecord record, TimeProvider time, SummaryWording wording, IReadOnlyList<ReportedConcern>? reported = null)
    {
        var inputs = CoachingInputs.From(record);
        return ClinicianSummary.Render(inputs.Profile, inputs.Answers, inputs.Assess(), DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), wording, reported: reported);
    }
}
