using BoneCoach.Dialogs;
using BoneCoachBot.Wording;
using BoneCoachBot.Coaching;
using BoneCoachBot.Script;

namespace BoneCoachBot.Commands;

/// <summary>"plan": her plan from her current answers once it exists, otherwise where she is on the way to it.</summary>
public sealed class PlanCommand(ICoachingMessages messages, ConversationScript script) : ICommandHandler
{
    public string CommandId => CommandIds.Plan;

    public async Task<DialogTurnResult?> TryHandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.HasPlan)
        {
            var result = CoachingInputs.From(context.Record, script).Assess();
            await context.Turn.SendActivityAsync(messages.PlanMessage(result, context.Turn.Activity.ChannelId), cancellationToken);
        }
        else
        {
            await context.SayAsync(PartTitle.Fill(context.Catalog.Text(CommandTextKeys.PlanNotYet), PartTitle.Of(context, script)), cancellationToken);
        }

        return await context.ResumeAsync(cancellationToken);
    }
}
