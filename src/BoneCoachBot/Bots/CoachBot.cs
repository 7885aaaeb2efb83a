using BoneCoach.Dialogs;
using BoneCoachBot.CheckIns.Settings;
using BoneCoachBot.Coaching;
using BoneCoachBot.Commands;
using BoneCoachBot.Dialogs;
using BoneCoachBot.Dialogs.Questions;
using BoneCoachBot.Language;
using BoneCoachBot.Safety;
using BoneCoachBot.Script;
using BoneCoachBot.State;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace BoneCoachBot.Bots;

/// <summary>
/// The one path every message takes, top to bottom, in her language: triage, her words about the language, her words
/// about the conversation (commands and reminder phrases), then the open question. A new member (not the bot) is welcomed
/// when she joins; a channel that never sends conversationUpdate gets the same welcome on her first message, because the
/// conversation begins there. A woman it already knows is welcomed back instead (<see cref="WelcomeBack"/>).
/// </summary>
/// <remarks>State is saved by the turn pipeline (<see cref="BoneCoachBot.State.TurnPipeline"/>), not here.</remarks>
public sealed class CoachBot : ActivityHandler
{
    private readonly DialogSet _dialogs;
    private readonly CommandLayer _commands;
    private readonly ReminderSettings _reminders;
    private readonly CoachingState _coaching;
    private readonly SafetyNet _safety;
    private readonly QuestionTurn _answers;
    private readonly TurnLanguage _language;
    private readonly LanguageSwitch _languageSwitch;
    private readonly WelcomeBack _welcomeBack;
    private readonly CommandCatalog _catalog;
    private readonly TimeProvider _time;

    public CoachBot(ConversationState conversationState, MainDialog mainDialog, CommandLayer commands, ReminderSettings reminders, CoachingState coaching, SafetyNet safety, QuestionTurn answers, CommandCatalog catalog,
        TurnLanguage language, LanguageSwitch languageSwitch, WelcomeBack welcomeBack, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(conversationState);
        ArgumentNullException.ThrowIfNull(commands);
        // One stack for the conversation: the questions (MainDialog) and what commands open above them (check-in, forget me).
        _dialogs = new DialogSet(new TypedStateProperty<DialogState>(conversationState, nameof(DialogState))).Add(mainDialog);
        foreach (var dialog in commands.Dialogs)
        {
            _dialogs.Add(dialog);
        }

        _commands = commands;
        _reminders = reminders;
        _coaching = coaching;
        _safety = safety;
        _answers = answers;
        _language = language;
        _languageSwitch = languageSwitch;
        _welcomeBack = welcomeBack;
        _catalog = catalog;
        _time = time;
    }

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        // 0. Her language (chosen, else her channel's locale) before anything is said, the safety net's words included.
        using var speaking = ScriptLanguage.Use(await _language.OfAsync(turnContext, cancellationToken));
        await base.OnTurnAsync(turnContext, cancellationToken);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        await AnswerAsync(turnContext, cancellationToken);

        // 4. Never silence: a step that ended without a word (a dialog closing after its last answer) still gets one.
        if (!turnContext.Responded)
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(_catalog.Text(CommandTextKeys.NoQuestionOpen)), cancellationToken);
        }
    }

    private async Task AnswerAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        // Teams channel messages start with "<at>BoneCoach</at>"; commands and answers must not.
        // The SDK's RemoveRecipientMention reads Recipient.Id without a null check.
        if (turnContext.Activity.Recipient is not null)
        {
            (turnContext.Activity as Activity)?.RemoveRecipientMention();
        }

        // Her words are read in her language (and region) by every reader and prompt of this turn.
        ReaderCulture.Of(turnContext);

        // 1. Triage, first for every message, before consent and commands.
        var safety = await _safety.TryHandleAsync(turnContext, cancellationToken);
        if (safety == SafetyOutcome.Answered)
        {
            return;
        }

        // Her reminder follows this conversation's address (Teams and Direct Line can move a serviceUrl).
        await _reminders.RememberAddressAsync(turnContext, cancellationToken);
        var dc = await _dialogs.CreateContextAsync(turnContext, cancellationToken);
        if (safety == SafetyOutcome.AskOpenQuestionAgain)
        {
            // "Yes, it passed": she never left, so the open question follows the safety net's words, no welcome back.
            if (dc.ActiveDialog is null)
            {
                await dc.BeginDialogAsync(nameof(MainDialog), null, cancellationToken);
                return;
            }

            // A value read back to her before the alarm is what she was answering: it comes back, not the question under it.
            var openMarks = await _coaching.MarksAsync(turnContext, cancellationToken);
            if (!await ReadBackAgain.TryAskAsync(turnContext, openMarks, _catalog, cancellationToken))
            {
                await dc.RepromptDialogAsync(cancellationToken);
            }

            return;
        }

        // 1a. A long message let through for the safety net (InputBudgetGate): the safety net has had its say (an urgent
        // sign's notice goes with this reply), and nothing else reads it as an answer.
        if (InputGuard.OverBudget(turnContext.Activity) is { } tooLong)
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(_catalog.Text(tooLong)), cancellationToken);
            return;
        }

        var wasIdle = dc.ActiveDialog is null;
        var marks = await _coaching.MarksAsync(turnContext, cancellationToken);
        var away = marks.LastMessageAt is { } previous ? _time.GetUtcNow() - previous : (TimeSpan?)null;

        // 1b. Her words about the language ("en español, por favor"): the language changes, and they answer nothing else.
        if (await _languageSwitch.TryHandleAsync(dc, cancellationToken))
        {
            return;
        }

        // 2. Her words about the conversation: unusable input, commands of dialogs/commands.json, reminder phrases.
        if (await _commands.TryHandleAsync(dc, cancellationToken) is not null)
        {
            // Someone new whose first words were a command ("help") still gets the welcome and the consent question.
            if (wasIdle && dc.ActiveDialog is null && await IsNewAsync(turnContext, cancellationToken))
            {
                await dc.BeginDialogAsync(nameof(MainDialog), null, cancellationToken);
            }

            return;
        }

        // 2b. Her words around the open question: her questions, corrections, several facts, "I don't know" (Dialogs/Questions).
        if (await _answers.TryHandleAsync(dc, cancellationToken) is not null)
        {
            return;
        }

        // 3. The open question; with nothing open, the conversation from where she is (this message is not an answer).
        // A known woman's first words here, or her first in days, get the welcome back that says where she is.
        if ((await dc.ContinueDialogAsync(cancellationToken)).Status == DialogTurnStatus.Empty)
        {
            var record = await _coaching.RecordAsync(turnContext, cancellationToken);
            if (record.Consent == ConsentStatus.Given && (away is null || away >= WelcomeBack.After))
            {
                await _welcomeBack.GreetAsync(new CommandContext(dc, null, record, marks, _catalog, away), cancellationToken);
                return;
            }

            await dc.BeginDialogAsync(nameof(MainDialog), null, cancellationToken);
        }
    }

    protected override async Task OnMembersAddedAsync(
        IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var botId = turnContext.Activity.Recipient?.Id;
        if (!membersAdded.Any(member => member.Id != botId))
        {
            return;
        }

        // Once per person: someone who already answered the consent question is welcomed back instead, told where she is.
        var dc = await _dialogs.CreateContextAsync(turnContext, cancellationToken);
        var record = await _coaching.RecordAsync(turnContext, cancellationToken);
        if (WelcomeBack.Knows(record))
        {
            // The same chat joined again moments later (a reconnect) needs no welcome: she is still mid-conversation.
            var marks = await _coaching.MarksAsync(turnContext, cancellationToken);
            var away = marks.LastMessageAt is { } previous ? _time.GetUtcNow() - previous : (TimeSpan?)null;
            if (away is null || away >= WelcomeBack.After)
            {
                await _welcomeBack.GreetAsync(new CommandContext(dc, null, record, marks, _catalog, away), cancellationToken);
            }
        }
        else if (dc.ActiveDialog is null)
        {
            await dc.BeginDialogAsync(nameof(MainDialog), null, cancellationToken);
        }
    }

    private async Task<bool> IsNewAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        (await _coaching.RecordAsync(turnContext, cancellationToken)).Consent == ConsentStatus.NotAsked;
}
