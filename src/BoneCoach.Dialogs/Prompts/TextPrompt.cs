using Microsoft.Bot.Builder;

namespace BoneCoach.Dialogs;

/// <summary>
/// Asks for free text and returns it exactly as sent, spaces included (the SDK's behaviour); a card submit without text
/// counts as its value's text.
/// </summary>
public class TextPrompt : Prompt<string>
{
    public TextPrompt(string dialogId, PromptValidator<string>? validator = null)
        : base(dialogId, validator)
    {
    }

    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, PromptInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(input);
        var sent = turnContext.Activity.AsMessageActivity()?.Text;
        if (sent is not null)
        {
            return Task.FromResult(PromptRecognizerResult<string>.Success(sent));
        }

        return Task.FromResult(input.Submitted is null || input.Text.Length == 0
            ? PromptRecognizerResult<string>.Failure()
            : PromptRecognizerResult<string>.Success(input.Text));
    }
}
