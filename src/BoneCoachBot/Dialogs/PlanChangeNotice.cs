using BoneCoach.Assessment;
using BoneCoachBot.Commands;
using BoneCoachBot.Wording;
using Microsoft.Bot.Builder;

namespace BoneCoachBot.Dialogs;

/// <summary>
/// Tells her what her new answers changed in her plan (a changed answer, fine-tune, a check-in's deeper questions),
/// and shows the plan again when anything did.
/// </summary>
public sealed class PlanChangeNotice(CoachingWording wording, CommandCatalog commands, ICoachingMessages messages)
{
    public async Task TellAsync(ITurnContext context, PlanSnapshot before, AssessmentResult after, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var changes = PlanChanges.Between(before, PlanSnapshot.Of(after), wording, commands.Text);
        if (changes.Count == 0)
        {
            await context.SendActivityAsync(MessageFactory.Text(commands.Text(CommandTextKeys.PlanUnchanged)), cancellationToken);
            return;
        }

        var lines = string.Join("\n", changes.Select(change => "- " + change));
        await context.SendActivityAsync(MessageFactory.Text($"{commands.Text(CommandTextKeys.PlanChanged)}\n{lines}"), cancellationToken);
        await context.SendActivityAsync(messages.PlanMessage(after, context.Activity.ChannelId), cancellationToken);
    }
}
