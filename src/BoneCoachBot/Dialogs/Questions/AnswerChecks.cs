using System.Globalization;
using BoneCoach.Dialogs;
using BoneCoachBot.Commands;
using Microsoft.Bot.Builder;

namespace BoneCoachBot.Dialogs.Questions;

/// <summary>
/// Validators for scripted questions: the script's range, and a specific reply when an answer can't be used
/// (out of range, another language). Staying silent lets the prompt send its own retry or clarification.
/// </summary>
public sealed class AnswerChecks(CommandCatalog catalog, TimeProvider time)
{
    public async Task<bool> NumberAsync(PromptValidatorContext<double> context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return NothingRead.In(context.Context)
            ? await NotUnderstoodAsync(context.Context, cancellationToken)
            : await RangeAsync(context, context.Recognized.Value, cancellationToken);
    }

    public async Task<bool> QuantityAsync(PromptValidatorContext<Quantity> context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (NothingRead.In(context.Context))
        {
            return await NotUnderstoodAsync(context.Context, cancellationToken);
        }

        if (context.Recognized.Succeeded || context.Recognized.Clarification is not null)
        {
            return context.Recognized.Succeeded;
        }

        var rules = StateValue.As<QuantityRules>(context.Options.Validations);
        var text = context.Context.Activity.Text;
        if (rules is not null && QuantityParser.Read(text, PromptCulture.Of(context.Context, null)) is { Unit: { } unit } reading
            && UnitConverter.Convert(reading.Value, unit.Symbol, rules.TargetUnit, rules.Conversions) is { } converted
            && (converted < rules.Min || converted > rules.Max))
        {
            await SayOutOfRangeAsync(context.Context, $"{Number(reading.Value)} {unit.Symbol}", $"{Number(rules.Min)} {rules.TargetUnit}", $"{Number(rules.Max)} {rules.TargetUnit}", cancellationToken);
            return false;
        }

        return await NotUnderstoodAsync(context.Context, cancellationToken);
    }

    public async Task<bool> DurationAsync(PromptValidatorContext<DateAnswer> context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Recognized.Succeeded || context.Recognized.Value is null || NothingRead.In(context.Context)
            || AnswerReader.SaysHowOften(context.Context.Activity.Text ?? string.Empty, PromptCulture.Of(context.Context, null)))
        {
            return await NotUnderstoodAsync(context.Context, cancellationToken);
        }

        var years = AnswerReading.Years(context.Recognized.Value, Today());
        return await RangeAsync(context, years ?? -1, cancellationToken);
    }

    public async Task<bool> UnderstoodAsync<T>(PromptValidatorContext<T> context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return (context.Recognized.Succeeded && !NothingRead.In(context.Context)) || await NotUnderstoodAsync(context.Context, cancellationToken);
    }

    private DateOnly Today() => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    private async Task<bool> RangeAsync<T>(PromptValidatorContext<T> context, double value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Recognized.Succeeded)
        {
            return await NotUnderstoodAsync(context.Context, cancellationToken);
        }

        var range = StateValue.As<AnswerRange>(context.Options.Validations) ?? new AnswerRange();
        if (range.Contains(value))
        {
            return true;
        }

        await SayOutOfRangeAsync(context.Context, Number((decimal)value), Number((decimal?)range.Min), Number((decimal?)range.Max), cancellationToken);
        return false;
    }

    // Not understood in a way we can name: another language gets its own reply, anything else the question's retry.
    private async Task<bool> NotUnderstoodAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (ForeignLanguage.Looks(turnContext.Activity.Text))
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(catalog.Text(CommandTextKeys.OtherLanguage)), cancellationToken);
        }

        return false;
    }

    private Task SayOutOfRangeAsync(ITurnContext turnContext, string answer, string min, string max, CancellationToken cancellationToken)
    {
        var text = catalog.Text(CommandTextKeys.OutOfRange).Replace("{answer}", answer, StringComparison.Ordinal)
            .Replace("{min}", min, StringComparison.Ordinal).Replace("{max}", max, StringComparison.Ordinal);
        return turnContext.SendActivityAsync(MessageFactory.Text(text), cancellationToken);
    }

    private static string Number(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "?";
}
