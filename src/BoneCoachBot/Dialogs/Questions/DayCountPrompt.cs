using BoneCoach.Dialogs;
using Microsoft.Bot.Builder;

namespace BoneCoachBot.Dialogs.Questions;

/// <summary>A count of days or sessions in the last week that also takes words: "none" is 0, "every day" 7, "twice" 2.</summary>
public sealed class DayCountPrompt(string dialogId, PromptValidator<int> validator) : NumberPrompt<int>(dialogId, validator)
{
    protected override Task<PromptRecognizerResult<int>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, PromptInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Submitted is null && Read(input.Text, CultureOf(turnContext)) is { } count)
        {
            return Task.FromResult(new PromptRecognizerResult<int> { Succeeded = true, Value = count });
        }

        return base.OnRecognizeAsync(turnContext, state, options, input, cancellationToken);
    }

    /// <summary>A whole count from words or digits, or null (then the number prompt's own reading applies).</summary>
    public static int? Read(string? text, string culture) =>
        FrequencyParser.Read(text, culture) is { } perWeek && perWeek == Math.Floor(perWeek) ? (int)perWeek : null;
}
