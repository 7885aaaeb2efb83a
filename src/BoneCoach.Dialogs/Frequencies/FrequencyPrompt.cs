using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace BoneCoach.Dialogs;

/// <summary>Asks how often, and returns times per week ("twice a week" 2, "every day" 7, "most days" 5, "none" 0).</summary>
public class FrequencyPrompt : Prompt<double>
{
    public FrequencyPrompt(string dialogId, PromptValidator<double>? validator = null, string? defaultLocale = null)
        : base(dialogId, validator)
    {
        DefaultLocale = defaultLocale;
    }

    /// <summary>Answers above this many times per week are not believed (default: three times a day).</summary>
    public double MaxPerWeek { get; set; } = 21;

    protected override Task<PromptRecognizerResult<double>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, PromptInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Submitted is null && CorrectionReader.Read(input.Text, CultureOf(turnContext)) is { } correction)
        {
            return Task.FromResult(new PromptRecognizerResult<double> { Correction = correction });
        }

        var perWeek = input.Submitted is JValue { Type: JTokenType.Integer or JTokenType.Float } submitted
            ? submitted.ToObject<double>()
            : FrequencyParser.Read(input.Text, CultureOf(turnContext));

        return Task.FromResult(perWeek is >= 0 and var value && value <= MaxPerWeek
            ? PromptRecognizerResult<double>.Success(value)
            : PromptRecognizerResult<double>.Failure());
    }
}
