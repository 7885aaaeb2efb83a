using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Recognizers.Text.Number;
using Newtonsoft.Json.Linq;

namespace BoneCoach.Dialogs;

/// <summary>Asks for a number in words or digits, read in the user's locale ("sixty-two", "62,5" in es-ES).</summary>
public class NumberPrompt<T> : Prompt<T>
    where T : struct
{
    private static readonly Type[] Supported = [typeof(int), typeof(long), typeof(float), typeof(double), typeof(decimal)];

    public NumberPrompt(string dialogId, PromptValidator<T>? validator = null, string? defaultLocale = null)
        : base(dialogId, validator)
    {
        if (!Supported.Contains(typeof(T)))
        {
            throw new NotSupportedException($"NumberPrompt<{typeof(T).Name}> is not supported; use int, long, float, double or decimal.");
        }

        DefaultLocale = defaultLocale;
    }

    /// <summary>Recognizes the first number in <paramref name="text"/> for <paramref name="culture"/>, or null.</summary>
    public static decimal? RecognizeFirst(string text, string culture)
    {
        return NumberRecognizer.RecognizeNumber(text ?? string.Empty, culture)
            .Select(r => RecognizedNumber.Parse(r.Resolution?.GetValueOrDefault("value")))
            .FirstOrDefault(n => n is not null);
    }

    protected override Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, PromptInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var number = input.Submitted is JValue { Type: JTokenType.Integer or JTokenType.Float } submitted
            ? submitted.ToObject<decimal>()
            : RecognizeFirst(input.Text, CultureOf(turnContext));

        return Task.FromResult(number is { } n && TryConvert(n, out var value)
            ? PromptRecognizerResult<T>.Success(value)
            : PromptRecognizerResult<T>.Failure());
    }

    private static bool TryConvert(decimal number, out T value)
    {
        value = default;
        var isIntegral = typeof(T) == typeof(int) || typeof(T) == typeof(long);
        if (isIntegral && number != decimal.Truncate(number))
        {
            return false;
        }

        try
        {
            value = (T)Convert.ChangeType(number, typeof(T), CultureInfo.InvariantCulture);
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }
}
