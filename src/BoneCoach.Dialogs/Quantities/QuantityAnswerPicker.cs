namespace BoneCoach.Dialogs;

/// <summary>Of the values in a message, the one that answers a quantity question: its unit fits, or it is the only plain number.</summary>
internal static class QuantityAnswerPicker
{
    // Two spellings of one value ("5'4 (163 cm)") agree within rounding; we allow 1%.
    private const decimal SameValueTolerance = 0.01m;

    public static QuantityReading? Pick(IReadOnlyList<Mention> mentions, string folded, QuantityRules rules, out bool ambiguous)
    {
        ambiguous = false;
        var fitting = mentions
            .Where(m => m.Unit is not null && UnitConverter.Convert(m.Value, m.Unit.Symbol, rules.TargetUnit, rules.Conversions) is not null)
            .ToList();
        if (fitting.Count > 0)
        {
            ambiguous = !AllAgree(fitting, rules);
            return ambiguous ? null : new QuantityReading(fitting[0].Value, fitting[0].Unit);
        }

        var plain = mentions.Where(m => m.Kind == MentionKind.Number && !m.StatesAge).ToList();
        if (plain.Count > 0)
        {
            var distinct = plain.Select(m => m.Value).Distinct().ToList();
            var plausible = distinct.Where(v => rules.CandidateUnits().Any(u => UnitConverter.Convert(v, u, rules.TargetUnit, rules.Conversions) is { } c && InRange(c, rules))).ToList();
            var chosen = distinct.Count == 1 ? distinct : plausible;
            if (chosen.Count > 1 && Cued(plain, folded, rules.Cues) is { } cued)
            {
                chosen = [cued];
            }

            ambiguous = chosen.Count != 1;
            return ambiguous ? null : new QuantityReading(chosen[0], null);
        }

        // Only values in units that can't answer this ("2 years" for a weight): let the prompt say which units it takes.
        var other = mentions.FirstOrDefault(m => m.Unit is not null && m.Kind != MentionKind.Frequency);
        if (other is null && mentions.FirstOrDefault(m => m.StatesAge) is { } age)
        {
            return new QuantityReading(age.Value, UnitCatalog.Year);
        }

        return other is null ? null : new QuantityReading(other.Value, other.Unit);
    }

    private static decimal? Cued(List<Mention> plain, string folded, IList<string> cues)
    {
        var values = NumberReader.AfterCues(plain, folded, cues).Select(m => m.Value).Distinct().ToList();
        return values.Count == 1 ? values[0] : null;
    }

    private static bool AllAgree(List<Mention> fitting, QuantityRules rules)
    {
        var values = fitting.Select(m => UnitConverter.Convert(m.Value, m.Unit!.Symbol, rules.TargetUnit, rules.Conversions)!.Value).ToList();
        var first = values[0];
        return values.All(v => Math.Abs(v - first) <= Math.Abs(first) * SameValueTolerance);
    }

    private static bool InRange(decimal value, QuantityRules rules)
        => (rules.Min is null || value >= rules.Min) && (rules.Max is null || value <= rules.Max);
}
