using Microsoft.Bot.Builder;

namespace BoneCoach.Dialogs;

/// <summary>Asks the user to pick one of PromptOptions.Choices, shown the way the channel supports.</summary>
public class ChoicePrompt : Prompt<FoundChoice>
{
    public ChoicePrompt(string dialogId, PromptValidator<FoundChoice>? validator = null, string? defaultLocale = null)
        : base(dialogId, validator)
    {
        DefaultLocale = defaultLocale;
    }

    /// <summary>How choices are shown when PromptOptions.Style is not set: Auto (by channel, as the SDK's ChoiceFactory) unless changed.</summary>
    public ListStyle Style { get; set; } = ListStyle.Auto;

    /// <summary>How inline and numbered lists are written; null uses the words of her language.</summary>
    public ChoiceFactoryOptions? ChoiceOptions { get; set; }

    protected override Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var prompt = PromptOrRetry(options, isRetry);
        var choiceOptions = ChoiceOptions ?? ChoiceFactoryOptions.For(CultureOf(turnContext));
        var message = ChoiceRenderer.Render(prompt, options.Choices ?? [], options.Style ?? Style, turnContext, choiceOptions);
        return turnContext.SendActivityAsync(message, cancellationToken);
    }

    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, PromptInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(input);
        var found = ChoiceMatcher.Match(input.Text, options.Choices ?? [], CultureOf(turnContext));
        return Task.FromResult(found is null ? PromptRecognizerResult<FoundChoice>.Failure() : PromptRecognizerResult<FoundChoice>.Success(found));
    }
}
