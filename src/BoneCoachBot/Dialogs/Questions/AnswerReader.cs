using System.Globalization;
using System.Text.RegularExpressions;
using BoneCoach.Dialogs;
using BoneCoachBot.Coaching;
using BoneCoachBot.Commands;
using BoneCoachBot.Script;
using Microsoft.Recognizers.Text.Number;

namespace BoneCoachBot.Dialogs.Questions;

/// <summary>How a message is read for one question: the open one, or (strict) another one a fact in it may fill.</summary>
/// <param name="Strict">Reading for a question that is not open: only a value tied to it by a cue or its own unit counts.</param>
/// <param name="CueText">Where cues are looked for in strict reading (the whole message, when the value is in one clause of it).</param>
public sealed record ReadOptions(string Culture, DateOnly Today, bool Strict = false, string? CueText = null);

/// <summary>
/// Reads one question's answer from her words with the engine's readers (numbers, quantities, frequencies, dates,
/// choices, yes/no) and the script's phrases ("I don't know", the cues in dialogs/answers.json). Never guesses:
/// a number taken for a unit, a year, or the word "one" in a sentence is not this question's value.
/// </summary>
public sealed partial class AnswerReader(AnswerGuide guide, CommandCatalog commands)
{
    private const double DaysPerWeek = 7;

    // A value with these words around it is still a bare answer ("about 60 kg", "5 mg a day").
    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "about", "around", "roughly", "approximately", "approx", "maybe", "perhaps", "ish", "like", "just", "only", "exactly",
        "percent", "a", "an", "per", "day", "minus", "negative", "plus", "or", "so", "um", "er", "and", "half",
    };

    private static readonly HashSet<string> ZeroAnswers = new(StringComparer.Ordinal)
    {
        "none", "no", "nope", "nah", "never", "zero", "nil", "nothing", "not at all", "not any", "none at all", "i don t", "no i don t",
        "i dont", "no i dont", "not really", "no none", "none really", "i don t take any", "i don t take one", "no never", "0", "i haven t",
        "i havent", "nought", "no i haven t",
    };

    private static readonly string[] ZeroStarts = ["none", "never", "no i don t", "i don t take", "not any", "zero", "nothing", "no not", "no none", "nope"];

    private static readonly string[] Negations = ["no", "not", "never", "don t", "dont", "didn t", "haven t", "havent", "isn t", "none", "nope"];

    private static readonly string[] NumberWordsNotValues = ["a", "an", "one", "un", "una", "uno"];

    public AnswerRead Read(QuestionScript question, string text, ReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(options);
        var fact = guide.Fact(question.Id);
        text = Clean(text);
        if (text.Length == 0 || (options.Strict && !IsCued(fact, options.CueText ?? text)))
        {
            return AnswerRead.Unread;
        }

        if (!options.Strict && guide.IsUnknown(text))
        {
            return UnknownFor(question);
        }

        var read = question.Answer.Type switch
        {
            AnswerType.Number => Number(question, fact, text, options),
            AnswerType.Quantity => Quantity(question, fact, text, options),
            AnswerType.Frequency => Frequency(question, fact, text, options),
            AnswerType.Duration => options.Strict && !HasNumber(text, options.Culture) ? AnswerRead.Unread : Duration(question, text, options),
            AnswerType.Choice => options.Strict ? AnswerRead.Unread : Choice(question, text, options),
            AnswerType.YesNo => YesNo(fact, text, options),
            _ => options.Strict ? AnswerRead.Unread : Value(new StoredAnswer { Readable = text }, false),
        };

        return read.Kind != AnswerReadKind.Unread || options.Strict ? read : UnknownOrUnread(question, fact, text, options);
    }

    /// <summary>The readable form of a number in this question's terms ("2 times a week", "about 3 years").</summary>
    public string Readable(QuestionScript question, double value)
    {
        ArgumentNullException.ThrowIfNull(question);
        return question.Answer.Type switch
        {
            AnswerType.Frequency => Fill("perWeek", Format(value)),
            AnswerType.Duration => Fill("years", Format(Math.Round(value, 1))),
            AnswerType.Quantity => $"{Format(value)} {question.Answer.Unit}",
            _ => Format(value),
        };
    }

    private AnswerRead Number(QuestionScript question, FactScript? fact, string text, ReadOptions options)
    {
        if (TakesZero(question, fact) && IsZero(text))
        {
            return Ranged(question, 0, "0");
        }

        if (fact?.Per is { } per && CountPerPeriod(text, per, options.Culture) is { } count)
        {
            return Ranged(question, count, text);
        }

        // A lab result's own unit ("92 mg/dL", "6.1%") is part of a bare number answer.
        var bare = LabUnit().Replace(text, " ");
        if (FreeNumber(bare, options.Culture) is { } value)
        {
            return Ranged(question, value, bare);
        }

        return CountWord().IsMatch(text) && !Period().IsMatch(text) && FrequencyParser.Read(text, options.Culture) is { } times
            ? Ranged(question, times, "0")
            : AnswerRead.Unread;
    }

    private AnswerRead Frequency(QuestionScript question, FactScript? fact, string text, ReadOptions options)
    {
        if (TakesZero(question, fact) && IsZero(text))
        {
            return Ranged(question, 0, "0");
        }

        // A unit after the number ("60 kg") means the number is something else.
        return FreeNumber(text, options.Culture) is null && HasNumberWithUnit(text, options.Culture)
            ? AnswerRead.Unread
            : FrequencyParser.Read(text, options.Culture) is { } perWeek ? Ranged(question, perWeek, text) : AnswerRead.Unread;
    }

    private AnswerRead Quantity(QuestionScript question, FactScript? fact, string text, ReadOptions options)
    {
        var answer = question.Answer;
        var target = answer.Unit!;
        if (TakesZero(question, fact) && IsZero(text))
        {
            return Value(new StoredAnswer { Number = 0, Readable = $"0 {target}" }, false);
        }

        if (UnitRange().Match(text) is { Success: true } range && UnitCatalog.Find(range.Groups["unit"].Value) is { } rangeUnit)
        {
            var middle = (decimal.Parse(range.Groups["a"].Value, CultureInfo.InvariantCulture) + decimal.Parse(range.Groups["b"].Value, CultureInfo.InvariantCulture)) / 2;
            return Converted(question, middle, rangeUnit.Symbol, text) ?? AnswerRead.Unread;
        }

        var reading = QuantityParser.Read(text, options.Culture);
        if (reading?.Unit is { } unit)
        {
            // "five foot six" reads as five feet with a six left over: not a height we can trust.
            var loose = unit.Symbol == "ft" && NumberRecognizer.RecognizeNumber(text, options.Culture).Count > 1;
            return loose ? AnswerRead.Unread : Converted(question, reading.Value, unit.Symbol, text) ?? AnswerRead.Unread;
        }

        if (options.Strict || FreeNumber(text, options.Culture) is not { } free)
        {
            return AnswerRead.Unread;
        }

        // "6 and a half" joins its fraction in the quantity reader; the free number is the check that it is not a year or "one".
        var bare = reading is { } joined && Math.Abs((double)joined.Value - free) < 1 ? (double)joined.Value : free;

        var plausible = answer.Accepts
            .Select(u => (Unit: u, Read: Converted(question, (decimal)bare, u, text)))
            .Where(x => x.Read is { IsValue: true })
            .ToList();
        return plausible.Count switch
        {
            1 => plausible[0].Read!,
            0 => new AnswerRead(AnswerReadKind.OutOfRange, new StoredAnswer { Number = bare, Readable = Format(bare) }),
            _ => new AnswerRead(AnswerReadKind.Ambiguous),
        };
    }

    private AnswerRead? Converted(QuestionScript question, decimal value, string unit, string text)
    {
        var answer = question.Answer;
        if (UnitConverter.Convert(value, unit, answer.Unit!, QuestionPrompts.Conversions) is not { } converted)
        {
            return null;
        }

        var number = Math.Round((double)converted, 1, MidpointRounding.AwayFromZero);
        var stored = new StoredAnswer { Number = number, Readable = $"{Format(number)} {answer.Unit}" };
        return new AnswerRange { Min = answer.Min, Max = answer.Max }.Contains(number)
            ? Value(stored, HasOtherWords(text))
            : new AnswerRead(AnswerReadKind.OutOfRange, stored);
    }

    private AnswerRead Duration(QuestionScript question, string text, ReadOptions options)
    {
        var reference = options.Today.ToDateTime(TimeOnly.MinValue);
        if (DateParser.Read(text, options.Culture, reference) is not { } date || AnswerReading.Years(date, options.Today) is not { } years)
        {
            return AnswerRead.Unread;
        }

        return Ranged(question, Math.Round(years, 2), text);
    }

    private AnswerRead Choice(QuestionScript question, string text, ReadOptions options)
    {
        var choices = question.Answer.Choices;
        var found = ChoiceMatcher.Match(text, choices.Select(c => new Choice(c.Title, [.. c.Synonyms, c.Value])).ToList(), options.Culture);
        return found is not null && found.Index < choices.Count ? Value(Chosen(choices[found.Index]), false) : AnswerRead.Unread;
    }

    private AnswerRead YesNo(FactScript? fact, string text, ReadOptions options)
    {
        var named = fact is not null && Phrases.ContainsAny(text, fact.YesWhen);
        var negated = Phrases.ContainsAny(text, Negations);
        if (options.Strict)
        {
            return named && !negated ? Value(YesNoAnswer(true), true) : AnswerRead.Unread;
        }

        // "not on dialysis": the thing named with a no is a no.
        return ConfirmWords.For(options.Culture).Match(text) is { } yes ? Value(YesNoAnswer(yes), false)
            : named ? Value(YesNoAnswer(!negated), true) : AnswerRead.Unread;
    }

    private AnswerRead UnknownOrUnread(QuestionScript question, FactScript? fact, string text, ReadOptions options)
    {
        if (guide.IsUnknown(text) || (guide.MentionsUnknown(text) && !text.Any(char.IsDigit)))
        {
            return UnknownFor(question);
        }

        return fact is { NoMeansUnknown: true } && ConfirmWords.For(options.Culture).Match(text) == false ? AnswerRead.Unknown : AnswerRead.Unread;
    }

    // A "not sure" choice is an answer (a red-flag question counts it as a possible yes), not a skip.
    private static AnswerRead UnknownFor(QuestionScript question) =>
        question.Answer.Choices.FirstOrDefault(c => c.Value == "unsure") is { } unsure ? Value(Chosen(unsure), false) : AnswerRead.Unknown;

    private AnswerRead Ranged(QuestionScript question, double value, string text)
    {
        var answer = question.Answer;
        var stored = new StoredAnswer { Number = value, Readable = Readable(question, value) };
        var range = new AnswerRange { Min = answer.Min, Max = answer.Max, Integer = answer.Integer };
        return range.Contains(value) ? Value(stored, HasOtherWords(text)) : new AnswerRead(AnswerReadKind.OutOfRange, stored);
    }

    // "every day" is 7 a week; a per-day count ("twice a day") comes back from the frequency reader times seven.
    private static double? CountPerPeriod(string text, string per, string culture)
    {
        if (FreeNumber(text, culture) is null && HasNumberWithUnit(text, culture))
        {
            return null;
        }

        var perWeek = FrequencyParser.Read(text, culture);
        if (perWeek is null || per == "week")
        {
            return perWeek;
        }

        return Period().IsMatch(text) ? Math.Round(perWeek.Value / DaysPerWeek, 2) : perWeek;
    }

    /// <summary>The first number not tied to a unit, not a year, not "one" or "a" inside a sentence; "3 or 4" is 3.5.</summary>
    public static double? FreeNumber(string text, string culture)
    {
        var words = TextNormalizer.Words(text).Length;
        var numbers = NumberRecognizer.RecognizeNumber(text, culture)
            .Select(r => (Value: RecognizedNumber.Parse(r.Resolution?.GetValueOrDefault("value")), r.Start, End: r.End + 1, r.Text))
            .Where(r => r.Value is not null)
            .Where(r => !(words > 2 && NumberWordsNotValues.Contains(TextNormalizer.Normalize(r.Text))))
            .Where(r => !IsYear(r.Value!.Value, r.Text) && !IsTimeAgo(text[r.End..]) && UnitCatalog.ReadLeading(text[r.End..]) is null)
            .ToList();
        if (numbers.Count == 0)
        {
            return null;
        }

        var first = (double)numbers[0].Value!.Value;
        if (numbers.Count > 1 && RangeJoiner().IsMatch(text[numbers[0].End..numbers[1].Start]))
        {
            return (first + Math.Abs((double)numbers[1].Value!.Value)) / 2;
        }

        return first;
    }

    // "a day" is a duration to the date reader; a fact in a sentence needs a real number ("2 years", "two years").
    private static bool HasNumber(string text, string culture) =>
        NumberRecognizer.RecognizeNumber(text, culture).Any(r => !NumberWordsNotValues.Contains(TextNormalizer.Normalize(r.Text)));

    private static bool HasNumberWithUnit(string text, string culture) =>
        NumberRecognizer.RecognizeNumber(text, culture).Any(r => UnitCatalog.ReadLeading(text[(r.End + 1)..]) is not null);

    private static bool IsYear(decimal value, string written) =>
        value == Math.Floor(value) && value is >= 1900 and <= 2100 && written.Trim().All(char.IsDigit);

    private static bool IsTimeAgo(string after) => TimeAgo().IsMatch(after);

    private bool IsCued(FactScript? fact, string cueText) =>
        fact is not null && (!fact.NeedsCue || Phrases.ContainsAny(cueText, fact.Cues) || Phrases.ContainsAny(cueText, fact.YesWhen));

    private static bool TakesZero(QuestionScript question, FactScript? fact) =>
        question.Answer.Min == 0 && fact is not { NoMeansUnknown: true };

    private static bool IsZero(string text)
    {
        var normalized = TextNormalizer.Normalize(text);
        return ZeroAnswers.Contains(normalized) || (ZeroStarts.Any(s => normalized.StartsWith(s + " ", StringComparison.Ordinal)) && !normalized.Any(char.IsDigit));
    }

    private static bool HasOtherWords(string text) =>
        TextNormalizer.Words(text).Any(w => !w.Any(char.IsDigit) && !Fillers.Contains(w) && UnitCatalog.Find(w) is null);

    private static AnswerRead Value(StoredAnswer answer, bool fromSentence) => new(AnswerReadKind.Value, answer, fromSentence);

    private static StoredAnswer Chosen(ChoiceScript choice) => new() { Choice = choice.Value, Readable = choice.Title };

    private StoredAnswer YesNoAnswer(bool yes) => new() { YesNo = yes, Readable = commands.Text(yes ? "yes" : "no") };

    private string Fill(string key, string value) => string.Format(CultureInfo.InvariantCulture, commands.Text(key), value);

    private static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    // Unicode minus signs and "minus 2.5" as the recognizer reads them.
    private static string Clean(string? text) => MinusWord().Replace((text ?? string.Empty).Trim().Replace('−', '-').Replace('–', '-'), "-");

    [GeneratedRegex(@"\b(?:minus|negative)\s+(?=\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex MinusWord();

    [GeneratedRegex(@"^\s*(?:years?|yrs?|months?|weeks?|days?)\s+ago\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex TimeAgo();

    [GeneratedRegex(@"\b(?:mg\s*/\s*dl|mmol\s*/\s*l|mmol\s*/\s*mol|percent|per\s+cent)\b|%", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex LabUnit();

    [GeneratedRegex(@"\b(?:once|twice|thrice)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex CountWord();

    [GeneratedRegex(@"(?<a>\d+(?:\.\d+)?)\s*(?:-|–|to|or)\s*(?<b>\d+(?:\.\d+)?)\s*(?<unit>[\p{L}µ/]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex UnitRange();

    [GeneratedRegex(@"^\s*(?:-|–|to|or)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex RangeJoiner();

    [GeneratedRegex(@"\b(?:a|per|every|each)\s+(?:day|week)\b|\bdaily\b|\bweekly\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Period();
}
