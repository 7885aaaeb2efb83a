using System.Globalization;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace BoneCoach.Dialogs;

/// <summary>Asks for a measurement and returns it in the caller's unit, asking "62 kg or 62 lb?" when a bare number is ambiguous.</summary>
public class QuantityPrompt : Prompt<Quantity>
{
    // The number of a "which unit?" question, so that a reply of just "lb" completes it.
    private const string PendingValueKey = "pendingValue";

    private readonly QuantityRules? _rules;

    /// <summary>Rules given here apply to every question; PromptOptions.Validations may carry per-question QuantityRules instead.</summary>
    public QuantityPrompt(string dialogId, QuantityRules? rules = null, PromptValidator<Quantity>? validator = null, string? defaultLocale = null)
        : base(dialogId, validator)
    {
        _rules = rules;
        DefaultLocale = defaultLocale;
    }

    protected override Task<PromptRecognizerResult<Quantity>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, PromptInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(input);
        var rules = RulesFor(options);
        var culture = CultureOf(turnContext);
        var mentions = input.Submitted is null ? MentionFinder.Find(input.Text, culture) : [];
        if (input.Submitted is null && CorrectionReader.Read(TextFold.Fold(TextBudget.Slice(input.Text)), mentions) is { } correction)
        {
            state.Remove(PendingValueKey);
            return Task.FromResult(new PromptRecognizerResult<Quantity> { Correction = correction });
        }

        var reading = Read(input, mentions, state, rules, out var ambiguous);
        state.Remove(PendingValueKey);
        if (ambiguous)
        {
            return Task.FromResult(new PromptRecognizerResult<Quantity> { Ambiguous = true });
        }

        return Task.FromResult(reading is null ? PromptRecognizerResult<Quantity>.Failure() : Resolve(reading, rules, state, culture));
    }

    private static QuantityReading? Read(PromptInput input, IReadOnlyList<Mention> mentions, IDictionary<string, object> state, QuantityRules rules, out bool ambiguous)
    {
        ambiguous = false;

        // A card's number field is already in the unit the card asked for: the target unit.
        if (input.Submitted is JValue { Type: JTokenType.Integer or JTokenType.Float } submitted)
        {
            return new QuantityReading(submitted.ToObject<decimal>(), UnitCatalog.Find(rules.TargetUnit));
        }

        var reading = QuantityAnswerPicker.Pick(mentions, TextFold.Fold(TextBudget.Slice(input.Text)), rules, out ambiguous);
        if (reading is null && !ambiguous && state.TryGetValue(PendingValueKey, out var pending) && UnitCatalog.Find(input.Text.TrimEnd('.', '!', '?')) is { } unitOnly)
        {
            // Convert: a stored decimal comes back from storage as double or long.
            return new QuantityReading(Convert.ToDecimal(pending, CultureInfo.InvariantCulture), unitOnly);
        }

        // "No" to "Is that 1000 IU or 1000 µg?" is not a dose of zero (issue 13: it was stored as 0 IU).
        if (reading is null && !ambiguous && !state.ContainsKey(PendingValueKey) && rules.Min is <= 0 && ZeroWords.MatchesCount(input.Text))
        {
            return new QuantityReading(0, UnitCatalog.Find(rules.TargetUnit));
        }

        return reading;
    }

    private static PromptRecognizerResult<Quantity> Resolve(QuantityReading reading, QuantityRules rules, IDictionary<string, object> state, string culture)
    {
        IReadOnlyList<string> ambiguous = [];
        var unit = reading.Unit?.Symbol ?? UnitForBareNumber(reading.Value, rules, out ambiguous);
        if (unit is null)
        {
            if (ambiguous.Count < 2)
            {
                return PromptRecognizerResult<Quantity>.Failure();
            }

            state[PendingValueKey] = reading.Value;
            var number = reading.Value.ToString(CultureInfo.InvariantCulture);
            return PromptRecognizerResult<Quantity>.Failure(string.Format(CultureInfo.InvariantCulture, rules.WhichUnitQuestion, $"{number} {ambiguous[0]}", $"{number} {ambiguous[1]}"));
        }

        var converted = UnitConverter.Convert(reading.Value, unit, rules.TargetUnit, rules.Conversions);
        if (converted is null)
        {
            var usable = string.Join(ChoiceFactoryOptions.For(culture).InlineOr, rules.CandidateUnits());
            return PromptRecognizerResult<Quantity>.Failure(string.Format(CultureInfo.InvariantCulture, rules.WrongUnitMessage, usable));
        }

        var value = Trim(rules.Decimals is { } decimals ? Math.Round(converted.Value, decimals, MidpointRounding.AwayFromZero) : converted.Value);
        return InRange(value, rules)
            ? PromptRecognizerResult<Quantity>.Success(new Quantity(value, UnitCatalog.Find(rules.TargetUnit)?.Symbol ?? rules.TargetUnit))
            : PromptRecognizerResult<Quantity>.Failure();
    }

    // A bare number takes the default unit, else the only candidate unit that gives a plausible value; otherwise we ask.
    private static string? UnitForBareNumber(decimal value, QuantityRules rules, out IReadOnlyList<string> ambiguous)
    {
        ambiguous = [];
        if (rules.DefaultUnit is not null)
        {
            return rules.DefaultUnit;
        }

        var candidates = rules.CandidateUnits();
        var plausible = candidates
            .Where(u => UnitConverter.Convert(value, u, rules.TargetUnit, rules.Conversions) is { } v && InRange(v, rules))
            .ToList();

        if (plausible.Count == 1)
        {
            return plausible[0];
        }

        if (candidates.Count == 1)
        {
            return candidates[0];
        }

        ambiguous = plausible;
        return null;
    }

    // Decimal keeps the scale of its factors (800 x 0.025 = 20.000): drop trailing zeros so answers read naturally.
    private static decimal Trim(decimal value) => value / 1.000000000000000000000000000000000m;

    private static bool InRange(decimal value, QuantityRules rules)
        => (rules.Min is null || value >= rules.Min) && (rules.Max is null || value <= rules.Max);

    private QuantityRules RulesFor(PromptOptions options)
    {
        var rules = StateValue.As<QuantityRules>(options.Validations) ?? _rules;
        if (rules is null || UnitCatalog.Find(rules.TargetUnit) is null)
        {
            throw new InvalidOperationException(
                $"QuantityPrompt '{Id}' needs QuantityRules with a known TargetUnit (one of {string.Join(", ", UnitCatalog.All.Select(u => u.Symbol))}), " +
                "passed to its constructor or as PromptOptions.Validations.");
        }

        return rules;
    }
}
