using BoneCoach.Dialogs;
using BoneCoachBot.Script;

namespace BoneCoachBot.Commands;

/// <summary>"why": why the open question is asked (its script's "why"), then the question again.</summary>
public sealed class WhyCommand(ConversationScript script) : ICommandHandler
{
    public string CommandId => CommandIds.Why;

    public async Task<DialogTurnResult?> TryHandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var why = context.Marks.Position is { } position && context.InProgress
            ? script[position.Part].Question(position.QuestionId).Why
            : context.Catalog.Text(CommandTextKeys.NoQuestionOpen);
        return await context.SayThenResumeAsync(why, cancellationToken);
    }
}
