using BoneCoach.Dialogs;
using Microsoft.Bot.Builder;

namespace BoneCoachBot.Dialogs.Questions;

/// <summary>A quantity prompt that also takes "none" / "never" as zero when the question's range starts at zero ("calcium supplement? none").</summary>
public sealed class AmountPrompt(string dialogId, PromptValidator<Quantity> validator) : QuantityPrompt(dialogId, null, validator)
{
    protected override Task<PromptRecognizerResult<Quantity>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, PromptInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(input);
        var rules = StateValue.As<QuantityRules>(options.Validations);
        if (rules is { Min: <= 0 } && input.Submitted is null && FrequencyParser.Read(input.Text, CultureOf(turnContext)) == 0)
        {
            return Task.FromResult(new PromptRecognizerResult<Quantity> { Succeeded = true, Value = new Quantity(0, rules.TargetUnit) });
        }

        return base.OnRecognizeAsync(turnContext, state, options, input, cancellationToken);
    }
}
