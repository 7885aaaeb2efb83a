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
/// <param name="Message">The whole message, when the text read is one clause of it.</param>
public sealed record ReadOptions(string Culture, DateOnly Today, bool Strict = false, string? CueText = null, string? Message = null)
{
    /// <summary>The question whose answer she gave last, in any part: what a correction naming nothing ("sorry, I meant 3") changes.</summary>
    public string? LastAnswered { get; init; }

    /// <summary>Her age when she gave it: "when I was 52" at a question that asks when is that many years ago.</summary>
    public double? Age { get; init; }
}

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

    private static readonly string[] Negations = ["no", "not", "never", "don t", "dont", "didn t", "haven t", "havent", "isn t", "none", "nope"];

    // "I'm a bit scared of falling on ice": a yes said with a hedge of degree is checked with her before it is kept.
    private static readonly string[] DegreeHedges = ["a bit", "a little", "slightly", "kind of", "sort of", "kinda", "sorta", "somewhat", "un poco", "algo"];

    // "no milk, I'm vegan", "I hate cheese": a name she says she doesn't have is no serving or meal to count.
    private static readonly string[] NotHad = [.. Negations, "hate", "skip", "allergic", "intolerant", "avoid", "can t", "cant", "nunca", "odio", "alergica", "alérgica", "sin"];

    public AnswerRead Read(QuestionScript question, string text, ReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(options);
        // A free-text question is the product's own reader's (the whole message is her answer).
        if (question.Answer.Type == AnswerType.Text)
        {
            return AnswerRead.Unread;
        }

        var fact = guide.Fact(question.Id);
        text = Clean(text);
        // A choice is cued by the thing it is about (see ByType).
        if (text.Length == 0 || (options.Strict && question.Answer.Type != AnswerType.Choice && !IsCued(fact, options.CueText ?? text)))
        {
            return AnswerRead.Unread;
        }

        // "no idea" would be a no to the yes/no reader: not knowing is read first where a choice or yes/no is asked.
        if (!options.Strict && SaysUnknown(question, fact, text))
        {
            return GuessAfterAll(question, fact, text, options) ?? UnknownFor(question);
        }

        // "when I was about 51" is her age then: never a weight, a count or her age now.
        var read = ByType(question, fact, question.Answer.Type is AnswerType.Duration ? text : WithoutAgeThen(text), options);

        // "don't know the a1c": a number read from a message that says she doesn't know, and isn't a usable value, is no answer.
        return read.IsValue || options.Strict ? read : UnknownOrUnread(question, fact, text, options) is { Kind: AnswerReadKind.Unknown } unknown ? unknown : read;
    }

    private AnswerRead ByType(QuestionScript question, FactScript? fact, string text, ReadOptions options) =>
        question.Answer.Type switch
        {
            AnswerType.Number => Number(question, fact, text, options),
            AnswerType.Quantity => Quantity(question, fact, text, options),
            AnswerType.Frequency => Frequency(question, fact, text, options),
            AnswerType.Duration => options.Strict && !IsTimeSpan(text, options.Culture) ? AnswerRead.Unread : Duration(question, text, options),
            // "I've been taking HRT for 3 years" at the strength question: a choice is read from elsewhere only when its own thing is named.
            AnswerType.Choice => options.Strict && !Phrases.ContainsAny(options.CueText ?? text, fact?.About ?? []) ? AnswerRead.Unread : Choice(question, text, options),
            AnswerType.YesNo => YesNo(fact, text, options),
            _ => AnswerRead.Unread,
        };

    // "I don't know, about 60 I think": unsure of the exact figure, she still offers one, and a rough figure is what the
    // retry would ask for. Only a number said as a guess counts; "not sure, probably none" stays not knowing.
    private AnswerRead? GuessAfterAll(QuestionScript question, FactScript? fact, string text, ReadOptions options)
    {
        if (!OffersAGuess(question, text))
        {
            return null;
        }

        // An option is read without her "not sure", whose "not" would deny the option she names after it.
        var choice = question.Answer.Type == AnswerType.Choice;
        var guess = AsGuess(question, ByType(question, fact, choice ? guide.AfterUnknown(text) : text, options));
        return choice ? guess : guess is null ? null : guess with { FromSentence = true };
    }

    /// <summary>"about 60 I think", "unos 60 creo", "probably moderate": a figure or an option said as a guess.</summary>
    public static bool OffersAGuess(QuestionScript question, string text) =>
        question.Answer.Type is not (AnswerType.YesNo or AnswerType.Text) && GuessWords().IsMatch(TextNormalizer.Normalize(text));

    /// <summary>
    /// A guess she offers after not knowing, as it is taken: a figure (not a zero) as read; an option read back before it
    /// is kept. A guessed zero or no ("not sure, probably never") stays not knowing: null.
    /// </summary>
    public static AnswerRead? AsGuess(QuestionScript question, AnswerRead read)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(read);
        return question.Answer.Type == AnswerType.Choice
            ? read is { IsValue: true, Answer.Choice: not ("no" or "none" or "never") } ? read with { Vague = true } : null
            : read is { IsValue: true, Answer.Number: not 0 } ? read : null;
    }

    [GeneratedRegex(
        @"\b(?:about|around|roughly|approximately|approx|maybe|perhaps|probably|i\s+think|i\s+guess|i\s*d\s+say|or\s+so|ish|" +
        @"unos|unas|mas\s+o\s+menos|creo|quiza|quizas|tal\s+vez|aproximadamente|calculo|diria)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex GuessWords();

    // "never had it" is not knowing a result, but a no to "have you had back pain?" and a zero to "how many falls?".
    private bool SaysUnknown(QuestionScript question, FactScript? fact, string text)
    {
        if (NotKnowing.NeverHad(text) && (question.Answer.Type == AnswerType.YesNo || TakesZero(question, fact)))
        {
            return false;
        }

        if (NeverHadOtherThing(question, text))
        {
            return false;
        }

        // "not that I know of" to a choice with a never option is that option, read back; a yes/no red flag keeps it unknown.
        if (question.Answer.Type == AnswerType.Choice && TentativeNo.Matches(text))
        {
            return false;
        }

        return guide.IsUnknown(text) || (question.Answer.Type is AnswerType.YesNo && NotKnowing.Matches(text));
    }

    /// <summary>A yes to a yes/no question, read from her words rather than said outright.</summary>
    public AnswerRead Yes() => Value(YesNoAnswer(true), true);

    /// <summary>The readable form of a number in this question's terms ("2 times a week", "3 days a week", "about 3 years").</summary>
    public string Readable(QuestionScript question, double value)
    {
        ArgumentNullException.ThrowIfNull(question);
        return question.Answer.Type switch
        {
            AnswerType.Frequency => UnitWords.PerWeek(commands.Script, Format(value), question.Answer.Counts),
            AnswerType.Duration => UnitWords.Years(commands.Script, value, question.Answer.Ago),
            AnswerType.Quantity => UnitWords.Amount(commands, Format(value), question.Answer.Unit!),
            _ => Format(value),
        };
    }

    private AnswerRead Number(QuestionScript question, FactScript? fact, string text, ReadOptions options)
    {
        if (!options.Strict && TakesZero(question, fact) && (ZeroWords.MatchesCount(text) || guide.MeansNone(text)))
        {
            return Ranged(question, 0, "0");
        }

        // "unas 4 copas" to "how many units?": drinks are not units, and no count of them is kept as units.
        if (!options.Strict && fact is { NotUnits.Count: > 0 } && Phrases.ContainsAny(text, fact.NotUnits) && !Phrases.ContainsAny(text, fact.Cues))
        {
            return new AnswerRead(AnswerReadKind.NotUnits);
        }

        if (fact?.Per is { } per)
        {
            return CountPerPeriod(question, text, per, options);
        }

        // "once" at "what was your lowest T-score?": a number of times counts things, never a measurement.
        var mentions = MentionFinder.Find(text, options.Culture);
        if (question.Answer.Integer != true && mentions is [{ Times: true }])
        {
            return AnswerRead.Unread;
        }

        // "I take levothyroxine most days" at "how old are you?": how often something happens is no age or measurement
        // (it was read as 5, "5 doesn't look right to me").
        if (mentions.Count > 0 && mentions.All(m => m.Kind == MentionKind.Frequency || m.Per != RatePeriod.None))
        {
            return AnswerRead.Unread;
        }

        var answer = NumberReader.Read(text, options.Culture, Rules(question, fact, options.Strict));
        if (answer.Kind == NumberAnswerKind.None && !options.Strict && InTheQuestionsUnit(question, text, options.Culture) is { } named)
        {
            return Ranged(question, (double)named.Value, text, named);
        }

        return answer.Kind switch
        {
            NumberAnswerKind.Value when fact is { AgeNow: true } && TurnsSoon(TextNormalizer.Normalize(text)) =>
                Ranged(question, (double)answer.Value!.Value - 1, text, answer.Source, vague: true),
            NumberAnswerKind.Value => Ranged(question, (double)answer.Value!.Value, text, answer.Source),
            NumberAnswerKind.Ambiguous => new AnswerRead(AnswerReadKind.Ambiguous),
            // A correction's new value can only change an earlier answer (strict reading), never answer the open question.
            NumberAnswerKind.Correction when options.Strict && answer.Correction?.NewValue is { Kind: MentionKind.Number } changed =>
                Ranged(question, (double)changed.Value, text, changed),
            _ => AnswerRead.Unread,
        };
    }

    // "61 next month", "turning 61", "63 in march", "cumplo 61 en mayo": the age she is about to reach, so today she is a
    // year younger, which is read back to her before it is kept. "I turned 61 in May" is not here: that is her age now.
    private static bool TurnsSoon(string normalized) => AboutToTurn().IsMatch(normalized) && !AlreadyTurned().IsMatch(normalized);

    [GeneratedRegex(
        @"\b(?:turning|turn|will\s+be|ll\s+be|going\s+to\s+be|gonna\s+be|next\s+(?:week|month|year|birthday)|" +
        @"in\s+(?:a|one|two|three|a\s+few|few|\d+)\s+(?:days?|weeks?|months?)|soon|voy\s+a\s+cumplir|cumplo|cumplire|que\s+viene|proximo|proxima|pronto|" +
        @"\d{2}\s+(?:in|en)\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|" +
        @"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre))\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex AboutToTurn();

    [GeneratedRegex(@"\b(?:turned|was|were|cumpli|tenia)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AlreadyTurned();

    // "62 años" to "¿Cuántos años tiene?": the whole answer is a number in the unit the question itself names.
    private static Mention? InTheQuestionsUnit(QuestionScript question, string text, string culture)
    {
        var mentions = MentionFinder.Find(text, culture);
        var asked = TextNormalizer.Words(question.Ask).Select(UnitCatalog.Find).OfType<MeasureUnit>().ToHashSet();
        return mentions is [{ Unit: { } unit } only] && asked.Contains(unit) && !HasOtherWords(text) ? only : null;
    }

    private AnswerRead Frequency(QuestionScript question, FactScript? fact, string text, ReadOptions options)
    {
        // "I stopped going to the gym years ago": none now, said of what is asked (it got "I didn't catch how often").
        if (!options.Strict && TakesZero(question, fact) && (ZeroWords.MatchesCount(text) || guide.MeansNone(text) || NegatedDoing.Says(text)
            || NoLongerSaid(question, text) == NoLonger.OfThis))
        {
            return Ranged(question, 0, "0");
        }

        return CountPerPeriod(question, text, "week", options);
    }

    private AnswerRead Quantity(QuestionScript question, FactScript? fact, string text, ReadOptions options)
    {
        var answer = question.Answer;
        var target = answer.Unit!;
        if (!options.Strict && TakesZero(question, fact) && (ZeroWords.MatchesCount(text) || guide.MeansNone(text)))
        {
            return Value(new StoredAnswer { Number = 0, Readable = UnitWords.Amount(commands, "0", target) }, false);
        }

        var mentions = MentionFinder.Find(text, options.Culture);
        var withUnit = mentions.Where(m => m.Unit is not null && m.In(target, QuestionPrompts.Conversions) is not null).ToList();
        if (withUnit.Count > 0)
        {
            // Two different amounts in the question's unit ("5 mg, or maybe 10 mg"): no value is guessed.
            var first = withUnit[0];
            return withUnit.All(m => Agrees(m.In(target, QuestionPrompts.Conversions)!.Value, first.In(target, QuestionPrompts.Conversions)!.Value))
                ? Converted(question, first.Value, first.Unit!.Symbol, text, first) ?? AnswerRead.Unread
                : new AnswerRead(AnswerReadKind.Ambiguous);
        }

        // "I'm 62 years old" is her age (StatesAge), never 62 inches or 62 kg; "just the once" is no 1 mg.
        var plain = mentions.Where(m => m.Kind == MentionKind.Number).ToList();
        if (plain.Any(m => m.StatesAge || m.Times))
        {
            return AnswerRead.Unread;
        }

        if (CuedBareNumber(fact, text, plain) is { } cued && Converted(question, cued.Value, fact!.CuedUnit!, text, cued) is { IsValue: true } inCuedUnit)
        {
            return inCuedUnit;
        }

        if ((!options.Strict || Phrases.ContainsAny(options.CueText ?? text, fact?.Cues ?? [])) && FeetThenInches(answer, text, mentions) is { } inches
            && Converted(question, inches, UnitCatalog.Inch.Symbol, text) is { IsValue: true } height)
        {
            return height;
        }

        if (plain.Count == 1 && !mentions.Any(m => m.Unit is not null) && fact is { OwnUnitWords.Count: > 0 }
            && fact.OwnUnitWords.Contains(WordAfter(text, plain[0]), StringComparer.Ordinal))
        {
            return Converted(question, plain[0].Value, target, text, plain[0]) ?? AnswerRead.Unread;
        }

        if (options.Strict || plain.Count != 1 || mentions.Any(m => m.Unit is not null && m.Kind == MentionKind.Quantity)
            || CountsSomethingElse(text, plain[0]))
        {
            return AnswerRead.Unread;
        }

        var bare = (double)plain[0].Value;
        var plausible = answer.Accepts
            .Select(u => Converted(question, plain[0].Value, u, text, plain[0]))
            .Where(read => read is { IsValue: true })
            .ToList();
        return plausible.Count switch
        {
            1 => plausible[0]!,
            0 => new AnswerRead(AnswerReadKind.OutOfRange, new StoredAnswer { Number = bare, Readable = Format(bare) }),
            _ => new AnswerRead(AnswerReadKind.Ambiguous),
        };
    }

    // "two eggs and some yoghurt" at the sleep question counts eggs, not hours: a bare number followed by a plural
    // word that is neither a unit nor a filler ("7 most nights", "7 más o menos") is another thing's count.
    private static readonly HashSet<string> BareNumberFollowers = new(StringComparer.Ordinal)
    {
        "nights", "noches", "days", "dias", "días", "mas", "más", "tops", "weekdays", "weeknights", "normally", "usually", "always", "es",
    };

    private static bool CountsSomethingElse(string text, Mention number)
    {
        var word = WordAfter(text, number);
        return word.Length > 2 && word.EndsWith('s') && !BareNumberFollowers.Contains(word);
    }

    private static string WordAfter(string text, Mention number)
    {
        var after = NextWord().Match(text, Math.Min(text.Length, number.Start + number.Length));
        return after.Success ? TextNormalizer.Normalize(after.Groups[1].Value) : string.Empty;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\G[\s-]*(\p{L}+)")]
    private static partial System.Text.RegularExpressions.Regex NextWord();

    private AnswerRead? Converted(QuestionScript question, decimal value, string unit, string text, Mention? source = null)
    {
        var answer = question.Answer;
        if (UnitConverter.Convert(value, unit, answer.Unit!, QuestionPrompts.Conversions) is not { } converted)
        {
            return null;
        }

        var number = Math.Round((double)converted, 1, MidpointRounding.AwayFromZero);
        var stored = new StoredAnswer
        {
            Number = number,
            Readable = UnitWords.Amount(commands, Format(number), answer.Unit!),
            Said = string.Equals(unit, answer.Unit, StringComparison.OrdinalIgnoreCase) ? null : AsSaid(value, unit, source),
        };
        return new AnswerRange { Min = answer.Min, Max = answer.Max }.Contains(number)
            ? Value(stored, HasOtherWords(text)) with { Vague = source is { Approximate: true } or { Vague: true } && source.Kind == MentionKind.Frequency }
            : new AnswerRead(AnswerReadKind.OutOfRange, stored);
    }

    // Her words where she wrote the unit ("9 stone 3"); the unit it was read in where she wrote none ("140" as "140 lb");
    // feet and inches said as two numbers ("5 4") as "5 ft 4 in".
    private string AsSaid(decimal value, string unit, Mention? source) => source switch
    {
        { Unit: not null } => source.Text.Trim(),
        not null => UnitWords.Amount(commands, value.ToString("0.##", CultureInfo.InvariantCulture), unit),
        _ => UnitWords.FeetAndInches(value),
    };

    private AnswerRead Duration(QuestionScript question, string text, ReadOptions options)
    {
        // "un año y medio", "2 years and a half": the mention keeps the half, which the date recognizer drops.
        // "gave up 20 years ago", "in 2005" at "for how long?" say when, not how long: only a length or "since 2019" answers it.
        // A time is not in the question's terms, as drinks are not units: she hears the fact's own reply.
        if (guide.Fact(question.Id) is { Lasted: true } && SaysWhen(text))
        {
            return new AnswerRead(AnswerReadKind.NotUnits);
        }

        var lengths = MentionFinder.Find(text, options.Culture).Where(m => m is { Kind: MentionKind.Duration, Per: RatePeriod.None } && m.In("yr") is not null).ToList();
        if (lengths.Count == 1 && lengths[0].In("d") >= 1)
        {
            return Ranged(question, Math.Round((double)lengths[0].In("yr")!.Value, 2), text);
        }

        if (SaysHowOften(text, options.Culture))
        {
            return AnswerRead.Unread;
        }

        // "last one was when I was 52", "a los 52", "in my late forties": an age then, at a question that asks when, is her
        // age now minus it. Worked out from two answers, so it is read back before it is kept.
        if (options.Age is { } age && (Phrases.Contains(question.Ask, "when") || Phrases.Contains(question.Ask, "cuando"))
            && AgeThenIn(text) is { } was && was <= age)
        {
            return Ranged(question, age - was, text, vague: true);
        }

        var reference = options.Today.ToDateTime(TimeOnly.MinValue);
        if (DateParser.Read(text, options.Culture, reference) is not { } date || AnswerReading.Years(date, options.Today) is not { } years)
        {
            return AnswerRead.Unread;
        }

        return DatesSomethingElse(question, text, years) ? AnswerRead.Unread : Ranged(question, Math.Round(years, 2), text);
    }

    // "I felt faint yesterday after giving blood" at "when was your last period?": a day or two ago, in a sentence that
    // names nothing this question asks about, dates what she tells, not the answer ("yesterday" alone still is).
    private const double AboutAMonthInYears = 31.0 / 365;

    private bool DatesSomethingElse(QuestionScript question, string text, double years) =>
        years < AboutAMonthInYears && HasOtherWords(text) && !Phrases.ContainsAny(text, guide.SubjectWords(question.Id));

    // The whole message says how often and nothing else ("now and then", "twice a week").
    private static bool OnlyHowOften(string text, string culture)
    {
        var rest = text;
        foreach (var often in MentionFinder.Find(text, culture).Where(m => m.Kind == MentionKind.Frequency).OrderByDescending(m => m.Start))
        {
            rest = rest.Remove(often.Start, Math.Min(often.Length, rest.Length - often.Start));
        }

        return rest.Length < text.Length && TextNormalizer.Words(rest).All(w => w.Length <= 2);
    }

    /// <summary>"twice a week", "every day": how often, which the date reader would take for a week or a day ago.</summary>
    public static bool SaysHowOften(string text, string culture)
    {
        var mentions = MentionFinder.Find(text, culture);
        return mentions.Any(m => m.Kind == MentionKind.Frequency || m.Per != RatePeriod.None)
            && !mentions.Any(m => m is { Kind: MentionKind.Duration, Per: RatePeriod.None });
    }

    private AnswerRead Choice(QuestionScript question, string text, ReadOptions options)
    {
        var choices = question.Answer.Choices;
        if (OnlyHowOften(text, options.Culture) && !choices.Any(c => OnlyHowOften(c.Title, options.Culture) || c.Synonyms.Any(s => OnlyHowOften(s, options.Culture))))
        {
            // "now and then" to "do you take a bone medicine?" shares a word with "I take one now", and means neither.
            return AnswerRead.Unread;
        }

        // "I don't think so": the no option, read back before it is kept, as a vague word is.
        if (TentativeNo.Matches(text) && choices.FirstOrDefault(c => c.Value is "no" or "none" or "never") is { } no)
        {
            return Value(Chosen(no), false) with { Vague = true };
        }

        var noLonger = NoLongerSaid(question, text);
        // "I don't smoke", "no fumo": a whole message that says no is the no (or former) option, though it shares a verb with the yes one.
        var option = ZeroWords.Matches(text) ? PlainOption(choices, text, options.Culture, noLonger == NoLonger.OfThis) : null;
        if (option is null)
        {
            var list = choices.Select(c => new Choice(c.Title, [.. c.Synonyms, c.Value])).ToList();
            // "yes, stage 4": the clause that names something says more than the bare yes before it.
            var named = MessageReader.Clauses(text).Where(c => ConfirmWords.For(options.Culture).Match(c) is null).ToList();
            var found = named.Select(c => ChoiceMatcher.Match(c, list, options.Culture)).FirstOrDefault(f => f is not null);
            if (found is null && named.Count > 0 && named.Count < MessageReader.Clauses(text).Count)
            {
                // A yes with words no option matches ("yes, stage 4" between "Stage 3" and "Stage 4 or 5"): ask, never guess.
                return new AnswerRead(AnswerReadKind.Ambiguous);
            }

            found ??= ChoiceMatcher.Match(text, list, options.Culture);
            // "I used to walk a lot" at "do you smoke?" shares "used to" with "I used to", and is about walking.
            if (noLonger == NoLonger.OfOther && found?.Synonym is { } matched && ZeroWords.SaysNoLonger(matched))
            {
                found = null;
            }

            option = found is not null && found.Index < choices.Count ? choices[found.Index] : PlainOption(choices, text, options.Culture, noLonger == NoLonger.OfThis);
            option = (noLonger == NoLonger.OfThis && !NeverWord().IsMatch(text) ? NoLongerOption(choices, text) : null) ?? option;
        }

        // "I have never smoked" shares "smoke" with the yes option and "never" with the no one: a yes said with "never" is no answer.
        if (option?.Value == "yes" && NeverWord().IsMatch(text))
        {
            return AnswerRead.Unread;
        }

        // "no estoy segura" starts with a no but says she doesn't know; "no, never had one" is a no.
        if (option?.Value is "no" or "none" && NotKnowing.Matches(text) && !NeverWord().IsMatch(text))
        {
            return UnknownFor(question);
        }

        return option is null ? AnswerRead.Unread : Value(Chosen(option), false);
    }

    private enum NoLonger
    {
        NotSaid,
        OfThis,
        OfOther,
    }

    // "I smoked for 20 years but stopped in 2005", "gave it up years ago": a "no longer" said of what is asked, or of nothing
    // named. "I stopped drinking", "I quit my job" at "do you smoke?" stop something else. Where an option is a treatment
    // taken before ("past": "are you taking it, or have you in the past?"), "I took it for years" and "I was on Fosamax"
    // count too; not for a habit given up ("former": "I had a cigarette at a party" is not a former smoker).
    private NoLonger NoLongerSaid(QuestionScript question, string text)
    {
        var objects = NoLongerWords.Objects(text, taken: question.Answer.Choices.Any(c => c.Value == "past"));
        if (objects.Count == 0)
        {
            return NoLonger.NotSaid;
        }

        var own = guide.SubjectWords(question.Id).Concat(question.Answer.Choices.SelectMany(c => c.Synonyms.Append(c.Title)))
            .SelectMany(TextNormalizer.Words).ToHashSet(StringComparer.Ordinal);
        return objects.Any(said => said.Length == 0 || own.Any(word => ChoiceMatcher.SameWord(said, word))) ? NoLonger.OfThis : NoLonger.OfOther;
    }

    // The option for something stopped: the one her words name beyond the stopping ("I stopped Prolia": "I stopped
    // denosumab (Prolia)", which clinicians must hear of), else the plain former or past one, which wins over the words
    // it shares with the current one ("I stopped alendronate"). "I never used to" is not former.
    private static ChoiceScript? NoLongerOption(IReadOnlyList<ChoiceScript> choices, string text)
    {
        var plain = choices.FirstOrDefault(c => c.Value is "past" or "former");
        var plainWords = plain is null ? [] : OptionWords(plain).ToHashSet(StringComparer.Ordinal);
        var said = TextNormalizer.Words(text).ToHashSet(StringComparer.Ordinal);
        return choices.Where(c => c != plain && c.Synonyms.Any(ZeroWords.SaysNoLonger))
            .FirstOrDefault(c => OptionWords(c).Any(w => w.Length >= 4 && !plainWords.Contains(w) && said.Contains(w))) ?? plain;
    }

    private static IEnumerable<string> OptionWords(ChoiceScript choice) => choice.Synonyms.Append(choice.Title).SelectMany(TextNormalizer.Words);

    // "sí", "nunca", "ninguna de estas" where no option's words matched: the yes, no or none option, in any language the readers know.
    private static ChoiceScript? PlainOption(IReadOnlyList<ChoiceScript> choices, string text, string culture, bool noLonger)
    {
        text = Hedges.Strip(text);
        var words = ConfirmWords.For(culture);
        var said = SentenceOpening(text) ? null : words.Match(text);
        // "not any more" to "have you ever had...?" is not none: it is the former option, or nothing.
        string[] meant = noLonger ? ["past", "former"] : said switch
        {
            true => ["yes"],
            // "no" or "no never" to "are you taking it, or have you in the past?": neither, the never option.
            false => ["no", "none", "never"],
            null when ZeroWords.Matches(text) => ["none", "no", "never"],
            null => [],
        };

        // "nah" to "Do you identify as Black?", whose options are titled Yes and No but valued otherwise.
        var titled = said switch { true => words.YesLabel, false => words.NoLabel, null => null };
        return meant.Select(value => choices.FirstOrDefault(c => c.Value == value)).FirstOrDefault(c => c is not null)
            ?? (titled is null ? null : choices.FirstOrDefault(c => TextNormalizer.Normalize(c.Title) == TextNormalizer.Normalize(titled)));
    }

    private AnswerRead YesNo(FactScript? fact, string text, ReadOptions options)
    {
        // "I fell ten years ago" names a fall, but not one in the last year.
        var named = fact is not null && Phrases.ContainsAny(text, fact.YesWhen) && !Phrases.ContainsAny(text, fact.NotWhen) && !SaidOfSomeoneElse(fact, text);
        var negated = Phrases.ContainsAny(text, Negations);
        var hedged = Phrases.ContainsAny(text, DegreeHedges);
        if (options.Strict)
        {
            // Read from a message about another question, a hedged yes is left for this question's own read-back.
            return named && !negated && !hedged ? Value(YesNoAnswer(true), true) : AnswerRead.Unread;
        }

        // "not on dialysis": the thing named with a no is a no; "none" to "do you take...?" is a no too.
        var answer = Hedges.Strip(text);
        var plain = SentenceOpening(answer) ? null
            : ConfirmWords.For(options.Culture).Match(answer) ?? (NoneWords.Matches(answer) || NotKnowing.NeverHad(answer) ? false : null);
        return plain is { } yes ? Value(YesNoAnswer(yes), false)
            : TentativeNo.Matches(answer) ? Value(YesNoAnswer(false), false) with { Vague = true }
            : named ? Value(YesNoAnswer(!negated), true) with { Vague = !negated && hedged }
            : HowOftenSheTakesIt(fact, answer, options.Culture, negated) ?? AnswerRead.Unread;
    }

    // "my husband takes prednisolone": a yes-word said of another person is not her yes; one whose own words name the
    // person is ("my mum broke her hip" for a parent's hip fracture).
    private static bool SaidOfSomeoneElse(FactScript fact, string text) =>
        fact.YesWhen.Where(p => !SomeoneElse.Names(p)).Select(p => Phrases.WordsBefore(text, p)).OfType<string[]>()
            .MinBy(before => before.Length) is { } first && SomeoneElse.NamedBefore(first);

    // "every day", "once", "twice a week" to "do you take warfarin?": how often she takes it is a yes, and a vague one
    // ("now and then") is read back first. Not "not every day", "my husband takes it daily", "I used to, every day", or
    // how often she has something another question asks about ("milk in my tea most days").
    private AnswerRead? HowOftenSheTakesIt(FactScript? fact, string text, string culture, bool negated)
    {
        if (fact is not { HowOftenIsYes: true } || negated || SomeoneElse.Owns(text, culture) || ZeroWords.SaysNoLonger(text)
            || guide.NamesSomethingElse(fact.Question, text))
        {
            return null;
        }

        var often = MentionFinder.Find(text, culture).Where(m => m.Kind == MentionKind.Frequency || m.Per != RatePeriod.None || m.Times).ToList();
        return often.Count > 0 && often.All(m => m.Value > 0) ? Value(YesNoAnswer(true), true) with { Vague = often.Any(m => m.Vague) } : null;
    }

    // "I have milk in my tea", "I do a bit of gardening": "I have" and "I do" start sentences about anything, so followed
    // by words of their own they are no yes (said alone, or naming the question's subject, they still are).
    private static bool SentenceOpening(string text) =>
        TextNormalizer.Words(text) is ["i", "have" or "do" or "am" or "did", var next, _, ..] && next is not ("not" or "never" or "no");

    // "never had HRT" at "when was your last period?" is about another thing, not her not knowing this one.
    private bool NeverHadOtherThing(QuestionScript question, string text) =>
        NotKnowing.NeverHad(text) && guide.OtherThing(question.Id, text) is not null;

    private AnswerRead UnknownOrUnread(QuestionScript question, FactScript? fact, string text, ReadOptions options)
    {
        if (NeverHadOtherThing(question, text))
        {
            return AnswerRead.Unread;
        }

        if (guide.IsUnknown(text) || NotKnowing.Matches(text, (fact?.NoMeansUnknown ?? false) || DeclinedByNo(question, fact)))
        {
            return UnknownFor(question);
        }

        return AnswerRead.Unread;
    }

    // "nope" to an optional amount that can't be zero ("your waist?") is her passing on it, not a value.
    private static bool DeclinedByNo(QuestionScript question, FactScript? fact) =>
        question.Optional && !TakesZero(question, fact) && question.Answer.Type is AnswerType.Number or AnswerType.Quantity or AnswerType.Duration;

    // A "not sure" choice is an answer (a red-flag question counts it as a possible yes), not a skip.
    private static AnswerRead UnknownFor(QuestionScript question) =>
        question.Answer.Choices.FirstOrDefault(c => c.Value == "unsure") is { } unsure ? Value(Chosen(unsure), false) : AnswerRead.Unknown;

    private AnswerRead Ranged(QuestionScript question, double value, string text, Mention? source = null, bool vague = false)
    {
        var answer = question.Answer;
        var stored = new StoredAnswer { Number = value, Readable = Readable(question, value) };
        var range = new AnswerRange { Min = answer.Min, Max = answer.Max, Integer = answer.Integer };
        return range.Contains(value)
            ? Value(stored, HasOtherWords(text)) with { Vague = vague || source is { Vague: true } }
            : new AnswerRead(AnswerReadKind.OutOfRange, stored);
    }

    // A count per week or per day: "every day" is 7 a week, "3 days" is 3, "twice a day" is 2 a day; a vague word
    // ("sometimes") is taken by the readers' convention and read back to her before it is kept.
    private AnswerRead CountPerPeriod(QuestionScript question, string text, string per, ReadOptions options)
    {
        var culture = options.Culture;
        var mentions = MentionFinder.Find(text, culture);
        if (mentions.Any(m => m.Kind == MentionKind.Quantity || (m.Kind == MentionKind.Duration && m.Unit?.Symbol is not ("d" or "wk") && !SessionLength(m, mentions))))
        {
            return AnswerRead.Unread;
        }

        if (guide.CountsOnlyOtherThings(guide.SubjectWords(question.Id), text, mentions))
        {
            return AnswerRead.Unread;
        }

        if (FrequencyParser.ReadFrequency(text, culture) is { } frequency)
        {
            // "sometimes" or "un poco" says how often, never how many a day.
            if (per == "day" && frequency.Vague)
            {
                return AnswerRead.Unread;
            }

            // "a yoghurt most days" says on how many days, not how many a day; "yogurt every day and a bit of cheese" gives how
            // often for one of the things she names: either way a count a day would under- or over-count, so none is read.
            // A bare count after the things she names ("a yogurt and milk in my tea, so 2") is her total, not how often.
            var bareCount = mentions.All(m => m.Kind == MentionKind.Number);
            if (per == "day" && ((!Period().IsMatch(text) && DaysWord().IsMatch(text)) || (!bareCount && NamesSeveral(question, options.Message ?? text))))
            {
                return AnswerRead.Unread;
            }

            // "3 a day", "3 al día": a bare number said per day is the count a day (it was taken as 3 a week, so 0.43 a day).
            var countADay = per == "day" && mentions.All(m => m is { Kind: MentionKind.Number, Per: RatePeriod.None }) && PerDay().IsMatch(text);
            var value = !countADay && per == "day" && Period().IsMatch(text) ? Math.Round(frequency.PerWeek / DaysPerWeek, 2) : frequency.PerWeek;
            // "I walk the dog twice a day" at "on how many days?": more than once a day is every day.
            if (question.Answer.Counts == FrequencyCount.Days && value > DaysPerWeek && PerDay().IsMatch(text))
            {
                value = DaysPerWeek;
            }

            return Ranged(question, value, text, vague: frequency.Vague);
        }

        // "un vaso de leche y un yogur": two things she had in a day.
        if (per == "day" && ListedItems.Count(text, culture) is { } listed and > 1)
        {
            return Ranged(question, listed, text);
        }

        // "eggs at breakfast and meat at dinner": the meals she names in the whole message (not this clause) are the count,
        // worked out by us, so read back.
        if (guide.Fact(question.Id)?.CountedNames is { Count: > 0 } names && MentionFinder.Find(options.Message ?? text, culture).Count == 0
            && !Phrases.ContainsAny(options.Message ?? text, NotHad)
            && names.Select(TextNormalizer.Normalize).Distinct().Count(name => Phrases.Contains(options.Message ?? text, name)) is var named and > 0)
        {
            return Ranged(question, named, text, vague: true);
        }

        var days = mentions.Where(m => m.Kind is MentionKind.Number || m.Unit?.Symbol == "d").ToList();
        if (days.Count == 1)
        {
            return Ranged(question, (double)days[0].Value, text, days[0]);
        }

        // A lone "one" is a count here, as the number reader takes it for counts.
        var count = NumberReader.Read(text, culture, new NumberRules { Integer = true, Min = (decimal?)question.Answer.Min, Max = (decimal?)question.Answer.Max, UnitFallback = false });
        return count.Kind == NumberAnswerKind.Value ? Ranged(question, (double)count.Value!.Value, text) : AnswerRead.Unread;
    }

    // "every day for half an hour": how long each time, beside how often, is not a count ("3 hours a week" still is not one).
    private static bool SessionLength(Mention duration, IReadOnlyList<Mention> mentions) =>
        duration is { Per: RatePeriod.None, Unit.Symbol: "min" or "h" } && mentions.Any(m => m.Kind == MentionKind.Frequency);

    private bool NamesSeveral(QuestionScript question, string message) =>
        guide.Fact(question.Id) is { } fact && fact.Cues.Concat(fact.About).Select(TextNormalizer.Normalize).Distinct().Count(w => Phrases.Contains(message, w)) > 1;

    private static NumberRules Rules(QuestionScript question, FactScript? fact, bool strict)
    {
        var rules = new NumberRules
        {
            Min = (decimal?)question.Answer.Min,
            Max = (decimal?)question.Answer.Max,
            Integer = question.Answer.Integer,
            Units = ["%", "mg/dL", "mmol/L", "mmol/mol"],
            // A number with another question's unit ("60 kg" at the age question) is that question's, never this one's.
            UnitFallback = false,
        };
        foreach (var cue in strict ? fact?.Cues ?? [] : [])
        {
            rules.Cues.Add(cue);
        }

        return rules;
    }

    // In a sentence, a time answer needs a length of time ("about 2 years") or a point in the past ("8 years ago", "in 2019"):
    // "a day" in "5 mg a day" is a rate, not a duration.
    private static bool IsTimeSpan(string text, string culture) =>
        MentionFinder.Find(text, culture).Any(m => m.Kind == MentionKind.Duration) || PastPoint().IsMatch(text);

    private static bool Agrees(decimal a, decimal b) => Math.Abs(a - b) <= Math.Max(Math.Abs(a), Math.Abs(b)) * 0.01m;

    // "mido 1,62", "height 1.62": the cue right before a bare number says what it measures, so the script names its unit.
    private static Mention? CuedBareNumber(FactScript? fact, string text, List<Mention> plain)
    {
        if (fact?.CuedUnit is null)
        {
            return null;
        }

        var cues = fact.Cues.Select(TextNormalizer.Normalize).Where(c => c.Length > 0).ToList();
        var cued = plain.Where(m => " " + TextNormalizer.Normalize(text[..Math.Min(m.Start, text.Length)]) is var before && cues.Any(c => before.EndsWith(" " + c, StringComparison.Ordinal))).ToList();
        return cued.Count == 1 ? cued[0] : null;
    }

    // "I'm 5 4", "well I'm 5 4 on a good day": two bare whole numbers side by side, where the question takes feet and
    // inches, are feet then inches. Only 4 to 6 feet (an adult's height) and 0 to 11 inches; anything else is not read.
    private static decimal? FeetThenInches(AnswerSpec answer, string text, IReadOnlyList<Mention> mentions)
    {
        if (!answer.Accepts.Contains(UnitCatalog.Foot.Symbol) || mentions is not [{ Kind: MentionKind.Number } feet, { Kind: MentionKind.Number } inches]
            || feet.Value is < 4 or > 6 || inches.Value is < 0 or > 11 || feet.Value % 1 != 0 || inches.Value % 1 != 0
            || !string.IsNullOrWhiteSpace(text[Math.Min(text.Length, feet.Start + feet.Length)..Math.Min(text.Length, inches.Start)])
            || !char.IsDigit(feet.Text[0]) || !char.IsDigit(inches.Text[0]))
        {
            return null;
        }

        return (feet.Value * UnitWords.InchesPerFoot) + inches.Value;
    }

    private bool IsCued(FactScript? fact, string cueText) =>
        fact is not null && (!fact.NeedsCue || Phrases.ContainsAny(cueText, fact.Cues) || Phrases.ContainsAny(cueText, fact.YesWhen));

    /// <summary>The text holds its cue and a value, and nothing else but hedges and units ("about 9 years ago", "hace unos 9 años").</summary>
    public static bool SaysOnly(string text, IReadOnlyList<string> cues, string culture)
    {
        if (!Phrases.ContainsAny(text, cues))
        {
            return false;
        }

        // The readers leave "9 years ago" out of their mentions (a date, not an amount): numbers are read word by word here.
        var said = cues.SelectMany(TextNormalizer.Words).ToHashSet(StringComparer.Ordinal);
        var words = TextNormalizer.Words(text);
        bool IsNumber(string word) => word.Any(char.IsDigit) || MentionFinder.Find(word, culture) is [{ Kind: MentionKind.Number }];
        return words.Any(IsNumber)
            && words.All(w => IsNumber(w) || said.Contains(w) || Fillers.Contains(w) || SpanishHedges.Contains(w) || UnitCatalog.Find(w) is not null);
    }

    // "unos 9 años", "más o menos 9": Spanish words around a value that say only that it is rough.
    private static readonly HashSet<string> SpanishHedges = new(StringComparer.Ordinal) { "unos", "unas", "mas", "o", "menos", "casi", "como", "aproximadamente", "ya" };

    private static bool TakesZero(QuestionScript question, FactScript? fact) =>
        question.Answer.Min == 0 && fact is not { NoMeansUnknown: true };

    private static bool HasOtherWords(string text) =>
        TextNormalizer.Words(text).Any(w => !w.Any(char.IsDigit) && !Fillers.Contains(w) && UnitCatalog.Find(w) is null);

    private static AnswerRead Value(StoredAnswer answer, bool fromSentence) => new(AnswerReadKind.Value, answer, fromSentence);

    private static StoredAnswer Chosen(ChoiceScript choice) => new() { Choice = choice.Value, Readable = choice.Title };

    private StoredAnswer YesNoAnswer(bool yes) => new() { YesNo = yes, Readable = commands.YesOrNo(yes) };

    private static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    // Unicode minus signs and "minus 2.5" as the recognizer reads them.
    private static string Clean(string? text) =>
        Remembered(ref t_cleaned, text ?? string.Empty, static t => MinusWord().Replace(t.Trim().Replace('−', '-').Replace('–', '-'), "-"));

    private static string WithoutAgeThen(string text) => Remembered(ref t_withoutAgeThen, text, static t => AgeThenSaid().Replace(t, " "));

    // The side-note readers give one clause to every question of the script (a hundred readings a message), and each
    // reading cleaned it again: the last text each of these saw on this thread is kept.
    [ThreadStatic]
    private static (string Text, string Result)? t_cleaned;

    [ThreadStatic]
    private static (string Text, string Result)? t_withoutAgeThen;

    private static string Remembered(ref (string Text, string Result)? last, string text, Func<string, string> make)
    {
        if (last is { } known && string.Equals(known.Text, text, StringComparison.Ordinal))
        {
            return known.Result;
        }

        var result = make(text);
        last = (text, result);
        return result;
    }

    [GeneratedRegex(@"(?:\b(?:when\s+i\s+was|since\s+i\s+was|at\s+(?:the\s+age\s+of\s+)?|aged|cuando\s+ten[ií]a|desde\s+los|a\s+los)|" + AgeThenOpening + @")\s*" + AgeHedge + @"(?<age>\d{2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgeThen();

    /// <summary>Her age at some time: "when I was 52", "I was about 50", "a los 50", "in my late forties".</summary>
    public static bool SaysAgeThen(string text) => AgeThenIn(text) is not null;

    private static int? AgeThenIn(string text) =>
        AgeThen().Match(text) is { Success: true } then ? int.Parse(then.Groups["age"].Value, CultureInfo.InvariantCulture) : AgeInDecade(text);

    // Early, mid and late as the first, middle and last thirds of the ten years: 42, 45 and 48 in the forties.
    private static int? AgeInDecade(string text)
    {
        if (DecadePattern().Match(TextNormalizer.Normalize(text)) is not { Success: true } said)
        {
            return null;
        }

        var tens = said.Groups["tens"].Value switch { "forties" or "40s" => 40, "fifties" or "50s" => 50, _ => 60 };
        return tens + said.Groups["part"].Value switch { "early" => 2, "late" => 8, _ => 5 };
    }

    [GeneratedRegex(@"\bin\s+my\s+(?:(?<part>early|mid|late)\s+)?(?<tens>forties|fifties|sixties|40s|50s|60s)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DecadePattern();

    private const string AgeHedge = @"(?:(?:about|around|maybe|roughly|only|just|unos|como)\s+)?";

    // "my periods stopped when I was about 51": her age then, said with the words that can only mean an age (not "at 20 mg").
    [GeneratedRegex(@"(?:\b(?:when\s+i\s+was|since\s+i\s+was|at\s+the\s+age\s+of|cuando\s+ten[ií]a|desde\s+los|a\s+los)|" + AgeThenOpening + @")\s*" + AgeHedge + @"\d{2}\b(?!\s*(?:kg|kilos?|lbs?|pounds|cm|%|mg))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex AgeThenSaid();

    // "I was 52" opening her message (after a "no" or an "oh, well" at most); later in a sentence it could be anything she was.
    private const string AgeThenOpening = @"^\W*(?:(?:no|oh|well|um|erm|hmm|actually|sorry|pues|bueno)\W+){0,3}(?:i\s+was|ten[ií]a)";

    [GeneratedRegex(@"\b(?:days|d[ií]as|weekdays)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DaysWord();

    // A point in time rather than a length: "20 years ago", "hace 20 años", "in 2005", "en 2005", "back in the 90s".
    private static bool SaysWhen(string text) => AgoWord().IsMatch(text) || (YearWord().IsMatch(text) && !SinceWord().IsMatch(text));

    [GeneratedRegex(@"\bago\b|\bhace\b|\bback in\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgoWord();

    [GeneratedRegex(@"\b(?:19|20)\d\d\b|\b(?:19|20)?[0-9]0s\b", RegexOptions.CultureInvariant)]
    private static partial Regex YearWord();

    [GeneratedRegex(@"\bsince\b|\bdesde\b|\bfrom\b.*\b(?:to|until|till)\b|\bde\b.*\ba\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SinceWord();

    [GeneratedRegex(@"\b(?:never|nunca|jam[aá]s)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NeverWord();

    // Linear, so it needs no time-out to fire under load (RegexLimits).
    [GeneratedRegex(@"\b(?:minus|negative)\s+(?=\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout.Infinite)]
    private static partial Regex MinusWord();

    [GeneratedRegex(@"\d\s*(?:years?|yrs?|months?)\s+ago\b|\b(?:in|since)\s+(?:19|20)\d\d\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PastPoint();

    [GeneratedRegex(@"\b(?:a|per|every|each)\s+day\b|\bdaily\b|\b(?:al|por|cada)\s+d[ií]a\b|\ba\s+diario\b|\bdiari[oa]s?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PerDay();

    [GeneratedRegex(@"\b(?:a|per|every|each)\s+(?:day|week)\b|\bdaily\b|\bweekly\b|\b(?:al|por|cada|a\s+la|por\s+la)\s+(?:d[ií]a|semana)\b|\ba\s+diario\b|\bdiari[oa]s?\b|\bsemanal\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Period();
}
