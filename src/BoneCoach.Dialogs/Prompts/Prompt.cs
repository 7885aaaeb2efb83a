using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace BoneCoach.Dialogs;

/// <summary>Base of all prompts: ask, recognize, validate, retry, and give up after MaxAttempts.</summary>
public abstract class Prompt<T> : Dialog, INavigablePrompt
{
    private const string PersistedOptions = "options";
    private const string PersistedState = "state";
    private const string AttemptCountKey = "AttemptCount";

    private readonly PromptValidator<T>? _validator;

    protected Prompt(string dialogId, PromptValidator<T>? validator = null)
        : base(dialogId)
    {
        // Unlike other dialogs a prompt has no id of its own to fall back on (the SDK throws here too).
        ThrowIfBlankId(dialogId);
        _validator = validator;
    }

    /// <summary>Locale used when the activity has none.</summary>
    public string? DefaultLocale { get; set; }

    /// <summary>
    /// The words that mean back and skip to this prompt: none unless asked for, as in the SDK, so an app's own
    /// interruption layer sees every word first.
    /// </summary>
    public NavigationCommands Navigation { get; set; } = NavigationCommands.None;

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        RejectTokenAsOptions(options);
        var promptOptions = options as PromptOptions ?? throw new ArgumentException(
            $"Prompt '{Id}' needs PromptOptions: dc.PromptAsync(\"{Id}\", new PromptOptions {{ Prompt = MessageFactory.Text(\"...\") }}).", nameof(options));
        if (promptOptions.MaxAttempts < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), $"PromptOptions.MaxAttempts must be at least 1 (prompt '{Id}').");
        }

        var state = new Dictionary<string, object> { [AttemptCountKey] = 0 };
        dc.ActiveDialog!.State[PersistedOptions] = promptOptions;
        dc.ActiveDialog.State[PersistedState] = state;
        await OnPromptAsync(dc.Context, state, promptOptions, false, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return EndOfTurn;
        }

        var (options, state) = Read(dc.ActiveDialog!);
        var input = PromptInput.From(dc.Context.Activity, Id);
        var saysUnknown = input.Submitted is null && NotKnowing.Matches(input.Text, options.NoMeansUnknown);
        switch (Navigation.Match(input.Text))
        {
            case NavigationRequest.Back:
                return await dc.EndDialogAsync(BackRequested.Instance, cancellationToken).ConfigureAwait(false);
            // "not sure" is a skip word; where she may say so (or can't skip), it is read as not knowing instead.
            case NavigationRequest.Skip when !(saysUnknown && (options.AllowUnknown || !options.AllowSkip)):
                return await SkipAsync(dc, cancellationToken).ConfigureAwait(false);
        }

        // "No" to "do you know your X?" is not a value, whatever the prompt would make of it.
        var plainNo = saysUnknown && options.NoMeansUnknown && !NotKnowing.Matches(input.Text);
        var recognized = plainNo
            ? PromptRecognizerResult<T>.Failure()
            : await OnRecognizeAsync(dc.Context, state, options, input, cancellationToken).ConfigureAwait(false);
        // "I forgot most days" knows the answer but could mean either count: it is asked again, never left out as unknown.
        if (!recognized.Succeeded && saysUnknown && recognized.Correction is null && !recognized.Ambiguous)
        {
            if (options.AllowUnknown)
            {
                return await dc.EndDialogAsync(Unknown.Instance, cancellationToken).ConfigureAwait(false);
            }

            recognized.SaidUnknown = true;
        }

        return await AcceptOrRetryAsync(dc, state, options, recognized, cancellationToken).ConfigureAwait(false);
    }

    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);

        // A prompt is a leaf; if something was pushed on top of it and ended, the user needs the question again.
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var (options, state) = Read(instance);
        return OnPromptAsync(turnContext, state, options, false, cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<DialogTurnResult> SkipAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var (options, state) = Read(dc.ActiveDialog!);
        if (options.AllowSkip)
        {
            return await dc.EndDialogAsync(Skipped.Instance, cancellationToken).ConfigureAwait(false);
        }

        // A required question cannot be skipped: the attempt counts as an answer that was not understood.
        return await AcceptOrRetryAsync(dc, state, options, PromptRecognizerResult<T>.Failure(), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public bool AllowsSkip(DialogInstance instance) => Read(instance).Options.AllowSkip;

    /// <summary>Sends the question, or the retry prompt when <paramref name="isRetry"/>.</summary>
    protected virtual Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var activity = PromptOrRetry(options, isRetry);
        return activity is null ? Task.CompletedTask : turnContext.SendActivityAsync(ActivityCopy.Of(activity), cancellationToken);
    }

    /// <summary>The one pick of what to send: the retry prompt on a retry when there is one, else the prompt.</summary>
    protected static Activity? PromptOrRetry(PromptOptions options, bool isRetry)
    {
        ArgumentNullException.ThrowIfNull(options);
        return isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
    }

    /// <summary>Turns the user's answer into a value.</summary>
    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, PromptInput input, CancellationToken cancellationToken = default);

    /// <summary>The SDK's call: recognizes the turn's own message (its text, or a card's value).</summary>
    protected Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return OnRecognizeAsync(turnContext, state, options, PromptInput.From(turnContext.Activity, Id), cancellationToken);
    }

    /// <summary>The recognizer culture for this turn.</summary>
    protected string CultureOf(ITurnContext turnContext) => PromptCulture.Of(turnContext, DefaultLocale);

    private static (PromptOptions Options, Dictionary<string, object> State) Read(DialogInstance instance)
    {
        var options = StateValue.GetOrCreate<PromptOptions>(instance.State, PersistedOptions, () => new PromptOptions());
        var state = StateValue.GetOrCreate(instance.State, PersistedState, () => new Dictionary<string, object>());
        return (options, state);
    }

    private static int NextAttempt(IDictionary<string, object> state)
    {
        // Convert: after a storage round trip the count is a long.
        var attempts = Convert.ToInt32((state.TryGetValue(AttemptCountKey, out var count) ? count : 0), System.Globalization.CultureInfo.InvariantCulture) + 1;
        state[AttemptCountKey] = attempts;
        return attempts;
    }

    private async Task<DialogTurnResult> AcceptOrRetryAsync(DialogContext dc, IDictionary<string, object> state, PromptOptions options, PromptRecognizerResult<T> recognized, CancellationToken cancellationToken)
    {
        var attempts = NextAttempt(state);
        if (await IsValidAsync(dc.Context, state, options, recognized, attempts, cancellationToken).ConfigureAwait(false))
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken).ConfigureAwait(false);
        }

        if (attempts >= options.MaxAttempts)
        {
            // Never loop forever: the caller gets GaveUp and decides (offer choices, skip, hand over).
            return await dc.EndDialogAsync(new GaveUp(attempts), cancellationToken).ConfigureAwait(false);
        }

        // A validator that already explained the problem is not followed by the generic retry.
        if (!dc.Context.Responded)
        {
            await RetryAsync(dc.Context, state, options, recognized.Clarification, cancellationToken).ConfigureAwait(false);
        }

        return EndOfTurn;
    }

    private async Task<bool> IsValidAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, PromptRecognizerResult<T> recognized, int attempts, CancellationToken cancellationToken)
    {
        if (_validator is null)
        {
            return recognized.Succeeded;
        }

        var context = new PromptValidatorContext<T>(turnContext, recognized, state, options, attempts);
        return await _validator(context, cancellationToken).ConfigureAwait(false);
    }

    private Task RetryAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, string? clarification, CancellationToken cancellationToken)
        => clarification is null
            ? OnPromptAsync(turnContext, state, options, true, cancellationToken)
            : turnContext.SendActivityAsync(MessageFactory.Text(clarification, inputHint: InputHints.ExpectingInput), cancellationToken);
}
