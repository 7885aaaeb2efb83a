using Microsoft.Bot.Builder;

namespace BoneCoach.Dialogs;

/// <summary>Asks for free text; a card submit's value counts as text.</summary>
public class TextPrompt : Prompt<string>
{
    public TextPrompt(string dialogId, PromptValidator<string>? validator = null)
        : base(dialogId, validator)
    {
    }

    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, PromptInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Task.FromResult(string.IsNullOrWhiteSpace(input.Text)
            ? PromptRecognizerResult<string>.Failure()
            : PromptRecognizerResult<string>.Success(input.Text));
    }
}
