using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace BoneCoach.Dialogs;

/// <summary>Asks a yes/no question; understands "yeah", "nope", "sí", "1"/"2" and a card's true/false.</summary>
public class ConfirmPrompt : Prompt<bool>
{
    public ConfirmPrompt(string dialogId, PromptValidator<bool>? validator = null, string? defaultLocale = null)
        : base(dialogId, validator)
    {
        DefaultLocale = defaultLocale;
    }

    /// <summary>How Yes/No are shown when PromptOptions.Style is not set: Auto (by channel, as the SDK's ChoiceFactory) unless changed.</summary>
    public ListStyle Style { get; set; } = ListStyle.Auto;

    /// <summary>How inline and numbered lists are written; IncludeNumbers = false leaves only the yes/no words as answers, not "1"/"2" (as in the SDK).</summary>
    public ChoiceFactoryOptions? ChoiceOptions { get; set; }

    /// <summary>The question offers something (keeping her answers, a summary): "go on then" and "fine by me" are a yes too.</summary>
    public bool Offer { get; set; }

    /// <summary>The yes and no choices shown and matched, as in the SDK; null uses the words of her language ("Yes"/"No", "Sí"/"No").</summary>
    public Tuple<Choice, Choice>? ConfirmChoices { get; set; }

    protected override Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var prompt = PromptOrRetry(options, isRetry);
        var culture = CultureOf(turnContext);
        var message = ChoiceRenderer.Render(prompt, YesNo(culture), options.Style ?? Style, turnContext, ChoiceOptions ?? ChoiceFactoryOptions.For(culture));
        return turnContext.SendActivityAsync(message, cancellationToken);
    }

    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, PromptInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(input);
        var answer = input.Submitted is JValue { Type: JTokenType.Boolean } submitted
            ? submitted.Value<bool>()
            : Recognize(input.Text, options.RecognizeLanguage ?? CultureOf(turnContext));

        return Task.FromResult(answer is { } yes ? PromptRecognizerResult<bool>.Success(yes) : PromptRecognizerResult<bool>.Failure());
    }

    private bool? Recognize(string text, string culture)
    {
        var words = ConfirmWords.For(culture);
        // The user's own language first, then any language we know: "sí" from an English-locale client is still yes.
        var matched = Offer
            ? words.MatchOffer(text) ?? ConfirmWords.English.MatchOffer(text) ?? ConfirmWords.Spanish.MatchOffer(text)
            : words.Match(text) ?? ConfirmWords.English.Match(text) ?? ConfirmWords.Spanish.Match(text);
        if (matched is not null)
        {
            return matched;
        }

        // The rendered list numbers Yes and No, so its numbers and labels are answers too; shown without numbers, only
        // the yes/no words are (the SDK skips its choice recognizer then, "the first one" included).
        if (ChoiceOptions?.IncludeNumbers == false)
        {
            return null;
        }

        var choice = ChoiceMatcher.Match(text, YesNo(culture), culture);
        return choice is null ? null : choice.Index == 0;
    }

    private IList<Choice> YesNo(string culture)
    {
        if (ConfirmChoices is { } custom)
        {
            return [custom.Item1, custom.Item2];
        }

        var words = ConfirmWords.For(culture);
        return [new Choice(words.YesLabel), new Choice(words.NoLabel)];
    }
}
