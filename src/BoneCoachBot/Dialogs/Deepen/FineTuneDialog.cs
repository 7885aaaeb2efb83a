using BoneCoachBot.Wording;
using BoneCoachBot.Dialogs.Questions;
using BoneCoach.Dialogs;
using BoneCoachBot.Coaching;
using BoneCoachBot.Script;
using Microsoft.Bot.Builder;

namespace BoneCoachBot.Dialogs;

/// <summary>
/// "fine-tune" after the plan: she picks a part with questions left for later (the layers highest first, then her
/// profile), answers them (<see cref="DeepenDialog"/>), and hears what changed in her plan.
/// </summary>
public sealed class FineTuneDialog : ComponentDialog
{
    private const string StepsId = nameof(FineTuneDialog) + "Steps";
    private const string PartPromptId = "fineTunePart";
    private const string PartsKey = "parts";
    private readonly QuestionAsking _services;
    private readonly ICoachingMessages _messages;

    public FineTuneDialog(QuestionAsking services, ICoachingMessages messages, DeepenDialog deepen)
        : base(nameof(FineTuneDialog))
    {
        ArgumentNullException.ThrowIfNull(services);
        _services = services;
        _messages = messages;
        AddDialog(new WaterfallDialog(StepsId).AddStep(ChoosePartStepAsync).AddStep(DeepenStepAsync).AddStep(CloseStepAsync));
        AddDialog(new ChoicePrompt(PartPromptId) { Navigation = NavigationCommands.None });
        AddDialog(deepen);
    }

    private async Task<DialogTurnResult> ChoosePartStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var record = await _services.State.RecordAsync(step.Context, cancellationToken);
        var parts = NotAskedYet.Questions(_services.Script, record.Sheet).Select(q => q.Part).Distinct().ToList();
        if (parts.Count == 0)
        {
            await step.Context.SendActivityAsync(MessageFactory.Text(_services.Commands.Text(DeepenTextKeys.FineTuneNothingLeft)), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        step.Values[PartsKey] = parts;
        if (parts.Count == 1)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var choices = parts.Select(part => new Choice(Title(part), [part, .. Words(part)])).ToList();
        return await step.PromptAsync(PartPromptId, new PromptOptions
        {
            Prompt = MessageFactory.Text(_services.Commands.Text(DeepenTextKeys.FineTuneWhich)),
            RetryPrompt = MessageFactory.Text(_services.Commands.Text(DeepenTextKeys.FineTuneRetry)),
            Choices = [.. choices, new Choice(NotNow)],
            AllowSkip = true,
            AllowUnknown = true,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> DeepenStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var parts = StateValue.As<List<string>>(step.Values[PartsKey])!;
        var part = parts.Count == 1 ? parts[0] : step.Outcome is null && step.ResultAs<FoundChoice>() is { } found && found.Index < parts.Count ? parts[found.Index] : null;
        if (part is null)
        {
            // "not now", "no idea", skip, or three answers that named no part: say so, never end in silence.
            await step.Context.SendActivityAsync(MessageFactory.Text(_services.Commands.Text(DeepenTextKeys.FineTuneNotNow)), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        return await step.BeginDialogAsync(nameof(DeepenDialog), new DeepenAsk { Part = part }, cancellationToken);
    }

    private async Task<DialogTurnResult> CloseStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var record = await _services.State.RecordAsync(step.Context, cancellationToken);
        if (NotAskedYet.Questions(_services.Script, record.Sheet).Count > 0)
        {
            await step.Context.SendActivityAsync(MessageFactory.Text(_services.Commands.Text(DeepenTextKeys.FineTuneAfter)), cancellationToken);
        }

        return await step.EndDialogAsync(null, cancellationToken);
    }

    // The last choice lets her leave without picking a part; its title is her language's "not now".
    private string NotNow => _services.Commands.Text(DeepenTextKeys.FineTuneNotNowChoice);

    // "Loading your bones": the part's own title, as a button. No count in it: a number there would read as her answer.
    private string Title(string part)
    {
        var title = _services.Script[part].Title;
        return char.ToUpperInvariant(title[0]) + title[1..];
    }

    // The words she might use for a part besides its title ("minerals", "supplements").
    private string[] Words(string part) => _services.Script[part].Title.Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Where(w => w.Length > 3).ToArray();
}
