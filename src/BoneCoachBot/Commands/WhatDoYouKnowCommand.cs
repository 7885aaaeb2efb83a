using System.Text;
using BoneCoach.Dialogs;
using BoneCoachBot.Coaching;
using BoneCoachBot.Language;
using BoneCoachBot.Script;

namespace BoneCoachBot.Commands;

/// <summary>"what do you know about me": every stored answer under the question it answers, in script order.</summary>
public sealed class WhatDoYouKnowCommand(ConversationScript script) : ICommandHandler
{
    public string CommandId => CommandIds.WhatDoYouKnow;

    public async Task<DialogTurnResult?> TryHandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return await context.SayThenResumeAsync(Describe(context), cancellationToken);
    }

    private string Describe(CommandContext context)
    {
        var record = context.Record;
        if (record.Consent != ConsentStatus.Given || record.Answers.Count == 0)
        {
            return context.Catalog.Text(CommandTextKeys.KnownNothing);
        }

        var text = new StringBuilder(context.Catalog.Text(CommandTextKeys.KnownHeader)).AppendLine();
        text.AppendLine($"- {context.Catalog.Text(CommandTextKeys.KnownConsent)}");
        foreach (var question in CoachingParts.InOrder.SelectMany(part => script[part].Questions))
        {
            if (record.Answers.TryGetValue(question.Id, out var answer))
            {
                var said = answer.Skipped ? context.Catalog.Text(CommandTextKeys.SkippedAnswer) : SpokenAnswer.Of(question, answer, context.Catalog.Script);
                text.AppendLine($"- {question.Ask} **{said}**");
            }
        }

        return text.ToString().TrimEnd();
    }
}
