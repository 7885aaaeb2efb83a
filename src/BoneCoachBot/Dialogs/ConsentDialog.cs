using BoneCoach.Dialogs;
using BoneCoachBot.ChannelRendering;
using BoneCoachBot.Coaching;
using BoneCoachBot.Dialogs.Questions;
using BoneCoachBot.Script;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace BoneCoachBot.Dialogs;

/// <summary>
/// What the bot is, that it is not medical advice, and whether it may keep her answers. Nothing about her health
/// is asked before a yes; a no keeps only the refusal, and messages with neither ask again. Ends with true when she agreed.
/// </summary>
public sealed class ConsentDialog : ComponentDialog
{
    private const string Part = ScriptParts.Consent;
    private const string QuestionId = ConsentQuestionIds.KeepAnswers;
    private const string Steps = nameof(ConsentDialog) + "Steps";
    private const string OfferPrompt = nameof(ConsentDialog) + "Offer";

    private readonly HerQuestions _herQuestions;

    public ConsentDialog(QuestionAsking asking, AnswerGuide guide)
        : base(nameof(ConsentDialog))
    {
        Asking = asking;
        _herQuestions = new HerQuestions(guide, asking.Commands);
        AddDialog(new WaterfallDialog(Steps)
            .AddStep(AskStepAsync)
            .AddStep(DecideStepAsync));
        QuestionPrompts.AddTo(this, asking);
        // Keeping her answers is an offer: "go on then" accepts it, where it would be no answer to a health question.
        AddDialog(new ConfirmPrompt(OfferPrompt, asking.Checks.UnderstoodAsync) { Offer = true, Navigation = NavigationCommands.None, Style = ChannelChoices.Style });
    }

    private QuestionAsking Asking { get; }

    private async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var script = Asking.Script[Part];
        if (step.Options is not true)
        {
            await step.Context.SendActivitiesAsync(
                [MessageFactory.Text(script.Text(ConsentTextKeys.Welcome)), MessageFactory.Text(script.Text(ConsentTextKeys.Disclaimer))], cancellationToken);
        }

        await Asking.State.SetPositionAsync(step.Context, new QuestionPosition(Part, QuestionId), cancellationToken);
        return await step.PromptAsync(OfferPrompt, QuestionPrompts.Options(script.Question(QuestionId), Asking, relaxed: false), cancellationToken);
    }

    // A question she asks back ("what is this?", "who sees my answers?") is answered and the question asked again, before
    // the prompt sees it: it is no attempt at a yes or a no. So is "I dont know" or "no sé", which the prompt took for a no.
    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
    {
        var text = innerDc.Context.Activity.Text ?? string.Empty;
        var question = Asking.Script[Part].Question(QuestionId);
        if (innerDc.Context.Activity.Type != ActivityTypes.Message || Reply(text, question, PromptCulture.Of(innerDc.Context, null)) is not { } answer)
        {
            return await base.OnContinueDialogAsync(innerDc, cancellationToken);
        }

        var again = MessageFactory.Text(question.Retry ?? question.Ask);
        again.SuggestedActions = new SuggestedActions { Actions = QuestionButtons.YesNo(Asking.Commands) };
        await innerDc.Context.SendActivitiesAsync([MessageFactory.Text(answer), again], cancellationToken);
        return EndOfTurn;
    }

    // Unsure of it, she hears why her answers would be kept; a yes or no is the prompt's; her question gets its answer.
    private string? Reply(string text, QuestionScript question, string culture) =>
        NotKnowing.Admits(text) ? _herQuestions.WhyAsked(question)
        : ConfirmWords.For(culture).MatchOffer(text) is not null ? null
        : _herQuestions.Answer(text, question);

    private async Task<DialogTurnResult> DecideStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var script = Asking.Script[Part];
        if (step.Outcome is GaveUp)
        {
            // Three messages with no yes or no in them are not a no: nothing is kept, she hears so, and is asked again.
            await step.Context.SendActivityAsync(MessageFactory.Text(script.Text(ConsentTextKeys.Undecided)), cancellationToken);
            return await step.ReplaceDialogAsync(Steps, true, cancellationToken);
        }

        var agreed = step.ResultAs<bool?>() == true;
        var record = await Asking.State.RecordAsync(step.Context, cancellationToken);
        if (!agreed)
        {
            // Only the refusal stays, so she isn't asked again on every message.
            record.ClearAnswers();
        }

        record.Consent = agreed ? ConsentStatus.Given : ConsentStatus.Declined;
        await Asking.State.SaveAsync(step.Context, record, cancellationToken);
        await Asking.State.SetPositionAsync(step.Context, null, cancellationToken);
        await step.Context.SendActivityAsync(MessageFactory.Text(script.Text(agreed ? ConsentTextKeys.Accepted : ConsentTextKeys.Declined)), cancellationToken);
        return await step.EndDialogAsync(agreed, cancellationToken);
    }
}
