using System.Globalization;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace BoneCoach.Dialogs;

/// <summary>
/// Asks for a number in words or digits, read in the user's locale ("sixty-two", "62,5" in es-ES). A number is taken only when
/// it is the answer (see <see cref="NumberReader"/>); the question's Min, Max and Integer are read from PromptOptions.Validations.
/// </summary>
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

    /// <summary>The number that answers the question in <paramref name="text"/>, or null when there is none or it is not clear which.</summary>
    public static decimal? RecognizeFirst(string text, string culture)
        => NumberReader.Read(text, culture) is { Kind: NumberAnswerKind.Value, Value: { } value } ? value : null;

    /// <summary>The question's rules from PromptOptions.Validations (any object with Min, Max, Integer), counting for int and long.</summary>
    public static NumberRules RulesFrom(object? validations)
    {
        NumberRules? rules = null;
        try
        {
            rules = validations is null or string ? null : StateValue.As<NumberRules>(validations is JToken ? validations : JToken.FromObject(validations));
        }
        catch (Exception e) when (e is Newtonsoft.Json.JsonException or ArgumentException or FormatException or InvalidCastException)
        {
            // Validations meant for a validator of the caller's own: no rules for the reader.
        }

        rules ??= new NumberRules();
        rules.Integer |= typeof(T) == typeof(int) || typeof(T) == typeof(long);
        return rules;
    }

    protected override Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, PromptInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        if (input.Submitted is JValue { Type: JTokenType.Integer or JTokenType.Float } submitted)
        {
            return Task.FromResult(Result(submitted.ToObject<decimal>()));
        }

        var answer = NumberReader.Read(input.Text, CultureOf(turnContext), RulesFrom(options.Validations));
        return Task.FromResult(answer.Kind switch
        {
            NumberAnswerKind.Value => Result(answer.Value!.Value),
            NumberAnswerKind.Correction => new PromptRecognizerResult<T> { Correction = answer.Correction },
            NumberAnswerKind.Ambiguous => new PromptRecognizerResult<T> { Ambiguous = true },
            _ => PromptRecognizerResult<T>.Failure(),
        });
    }

    private static PromptRecognizerResult<T> Result(decimal number)
        => TryConvert(number, out var value) ? PromptRecognizerResult<T>.Success(value) : PromptRecognizerResult<T>.Failure();

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
