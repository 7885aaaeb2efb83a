using System.Globalization;
using BoneCoach.Dialogs;
using BoneCoachBot.Coaching;
using BoneCoachBot.Dialogs;
using BoneCoachBot.Dialogs.Questions;
using BoneCoachBot.Language;
using BoneCoachBot.Script;
using BoneCoachBot.Tests.Conversation;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace BoneCoachBot.Tests.Answers;

/// <summary>
/// The answer corpus (answer-corpus.tsv) through the bot's own decision for a message at a question
/// (<see cref="QuestionTurn.Decide"/>: her question, correction, or the reading of the open question and other facts),
/// and, for the check-in and consent, through the prompts those dialogs use. Understood first time: the outcome is the
/// expected one. A wrong value stored is a failure on its own, whatever the share.
/// </summary>
public sealed class AnswerCorpusTests(ITestOutputHelper output, CoachingHost host) : IClassFixture<CoachingHost>
{
    private const double FirstTimeFloor = 0.95;
    private const string ReadBack = "read back: ";
    private const string FreeText = "text";
    private static readonly DateOnly Today = new(2026, 6, 1);
    private static readonly string[] CheckInCounts = ["strengthSessions", "impactDays", "balanceSessions", "proteinDays"];
    private static readonly string[] CheckInChoices = ["supplementsTaken", "fallFractureOrPain"];

    // Answered earlier in every row's conversation, so corrections have something to change.
    private static readonly Dictionary<string, StoredAnswer> Earlier = new(StringComparer.Ordinal)
    {
        ["age"] = new StoredAnswer { Number = 62, Readable = "62" },
        ["weight"] = new StoredAnswer { Number = 60, Readable = "60 kg" },
        ["height"] = new StoredAnswer { Number = 165, Readable = "165 cm" },
    };

    private readonly CoachingHost _host = host;

    [Fact]
    public void The_corpus_has_at_least_500_rows_covering_every_question_in_the_script_and_both_spellings()
    {
        var script = _host.Services.GetRequiredService<ConversationScript>();
        var ids = script.Dialogs.Values.SelectMany(d => d.Questions.Select(q => q.Id)).ToHashSet();
        var covered = AnswerCorpus.Rows.Select(r => r.QuestionId.Split('@')[0]).ToHashSet();

        Assert.True(AnswerCorpus.Rows.Count >= 500, $"{AnswerCorpus.Rows.Count} rows");
        Assert.Empty(ids.Except(covered));
        Assert.Contains(AnswerCorpus.Rows, r => r.Locale == "en-GB");
        Assert.Contains(AnswerCorpus.Rows, r => r.Locale == "en-US");
    }

    [Fact]
    public void At_least_95_percent_are_understood_the_first_time_and_no_wrong_value_is_ever_kept()
        => Measure("Answer corpus", AnswerCorpus.Rows);

    [Fact]
    public void The_spanish_half_has_at_least_300_rows_in_spain_and_mexico_spellings()
    {
        Assert.True(AnswerCorpus.Spanish.Count >= 300, $"{AnswerCorpus.Spanish.Count} rows");
        Assert.All(AnswerCorpus.Spanish, r => Assert.StartsWith("es-", r.Locale, StringComparison.Ordinal));
        Assert.Contains(AnswerCorpus.Spanish, r => r.Locale == "es-ES");
        Assert.Contains(AnswerCorpus.Spanish, r => r.Locale == "es-MX");
    }

    [Fact]
    public void At_least_95_percent_of_the_spanish_half_are_understood_the_first_time_and_no_wrong_value_is_ever_kept()
        => Measure("Spanish answer corpus", AnswerCorpus.Spanish);

    private void Measure(string title, IReadOnlyList<CorpusRow> rows)
    {
        var turn = _host.Services.GetRequiredService<QuestionTurn>();
        var script = _host.Services.GetRequiredService<ConversationScript>();
        var outcomes = rows.Select(row => (Row: row, Outcome: Outcome(row, turn, script))).ToList();

        var missed = outcomes.Where(o => !Matches(o.Row, o.Outcome)).ToList();
        var wrong = missed.Where(o => IsWrongValue(o.Row, o.Outcome)).ToList();
        var share = 1 - ((double)missed.Count / outcomes.Count);
        output.WriteLine($"{title}: {outcomes.Count} rows, understood first time {share:P1} ({outcomes.Count - missed.Count}/{outcomes.Count}), wrong values kept: {wrong.Count}");
        foreach (var (row, outcome) in missed)
        {
            output.WriteLine($"  {(IsWrongValue(row, outcome) ? "WRONG" : "missed")} {row} -> {outcome}");
        }

        Assert.True(wrong.Count == 0, "Wrong values kept:\n" + string.Join("\n", wrong.Select(w => $"{w.Row} -> {w.Outcome}")));
        Assert.True(share >= FirstTimeFloor, $"Understood first time {share:P1}, below {FirstTimeFloor:P0}.");
    }

    private static string Outcome(CorpusRow row, QuestionTurn turn, ConversationScript script)
    {
        // Her row's language speaks as the bot would to her (dialogs/es/ for es-*), so a question's own words count.
        using var speaking = ScriptLanguage.Use(TurnLanguage.FromLocale(row.Locale));
        var id = row.QuestionId.Split('@')[0];
        var culture = row.Locale.ToLowerInvariant();
        if (row.QuestionId.EndsWith("@checkin", StringComparison.Ordinal))
        {
            return CheckInNumber(row, script, id) is { } hours ? Format((double)hours) : CorpusRow.NotAnAnswer;
        }

        if (CheckInCounts.Contains(id))
        {
            var subject = CheckInDialog.SubjectWords(turn.Guide, id);
            var count = DayCountPrompt.Decides(row.Message, culture, subject, out var decided) ? decided : (double?)CheckInNumber(row, script, id, subject);
            return count is { } n ? Format((double)n) : CorpusRow.NotAnAnswer;
        }

        if (CheckInChoices.Contains(id))
        {
            var choices = script["checkin"].Question(id).Answer.Choices;
            var found = ChoiceMatcher.Match(row.Message, choices.Select(c => new Choice(c.Title, [.. c.Synonyms, c.Value])).ToList(), culture);
            return found is null ? CorpusRow.NotAnAnswer : choices[found.Index].Value;
        }

        if (id == "keepAnswers")
        {
            return ConfirmWords.For(culture).Match(row.Message) is { } yes ? (yes ? "yes" : "no") : CorpusRow.NotAnAnswer;
        }

        var open = turn.Guide.Find(id) ?? throw new InvalidOperationException($"No question '{id}' ({row}).");
        var answers = Earlier.Where(a => a.Key != id).ToDictionary(a => a.Key, a => a.Value);
        var decision = turn.Decide(open, row.Message, answers, new ReadOptions(culture, Today));
        if (open.Question.Answer.Type == BoneCoachBot.Script.AnswerType.MultiChoice)
        {
            // A list's words go to its prompt (the answers layer takes nothing from them): what that prompt reads.
            var choices = open.Question.Answer.Choices;
            var set = decision.Kind == DecisionKind.Reading
                ? MultiChoiceReader.Read(row.Message, choices.Select(c => new Choice(c.Title, [.. c.Synonyms, c.Value])).ToList(), culture)
                : null;
            // Options her own words rule out ("I fell ten years ago") are dropped before the prompt sees them (QuestionTurn).
            var ruledOut = set is null ? [] : ListReading.RuledOut(open.Question, turn.Guide, row.Message);
            var picked = set is null || set.IsNone ? [] : choices.Where(c => set.Contains(c.Title) && !ruledOut.Contains(c)).ToList();
            return set is null || (!set.IsNone && picked.Count == 0) ? CorpusRow.NotAnAnswer
                : set.IsNone ? "none" : string.Join("+", picked.Select(c => c.Value));
        }

        if (open.Question.Answer.Type == BoneCoachBot.Script.AnswerType.Text)
        {
            // A free-text question keeps her words as written, unless they were her question or a correction.
            return decision.Kind == DecisionKind.Reading ? FreeText : CorpusRow.NotAnAnswer;
        }

        // A value read back first is kept only after her yes: it counts as understood when it is what she meant, never as kept wrongly.
        return decision.Reading?.Open is { } read
            ? (read.IsValue && turn.ReadBackWording(open.Question, read) is not null ? ReadBack : string.Empty) + Describe(read)
            : CorpusRow.NotAnAnswer;
    }

    // As the check-in's number prompts read it: the question's range and units (CheckInDialog.RulesFor).
    private static decimal? CheckInNumber(CorpusRow row, ConversationScript script, string id, IReadOnlyList<string>? subject = null) =>
        NumberReader.Read(row.Message, row.Locale.ToLowerInvariant(), CheckInDialog.RulesFor(script["checkin"].Question(id).Answer, subject))
            is { Kind: NumberAnswerKind.Value, Value: { } value } ? value : null;

    private static string Describe(AnswerRead read) => read.Kind switch
    {
        AnswerReadKind.Value => read.Answer!.Number is { } n ? Format(n) : read.Answer.Choice ?? (read.Answer.YesNo == true ? "yes" : read.Answer.YesNo == false ? "no" : read.Answer.Readable),
        AnswerReadKind.Unknown => CorpusRow.Unknown,
        AnswerReadKind.Ambiguous => CorpusRow.Ask,
        _ => CorpusRow.NotAnAnswer,
    };

    private static bool Matches(CorpusRow row, string outcome)
    {
        outcome = outcome.StartsWith(ReadBack, StringComparison.Ordinal) ? outcome[ReadBack.Length..] : outcome;
        if (row.ExpectedNumber is { } expected && double.TryParse(outcome, NumberStyles.Float, CultureInfo.InvariantCulture, out var got))
        {
            // Durations come from dates, so a year's rounding either way is the same answer; amounts to one decimal.
            var tolerance = Math.Max(0.15, Math.Abs(expected) * 0.02) + (IsDuration(row) ? 0.5 : 0);
            return Math.Abs(got - expected) <= tolerance;
        }

        return string.Equals(row.Expected, outcome, StringComparison.Ordinal);
    }

    // A value kept that she did not mean: any value where she meant another, or none at all.
    private static bool IsWrongValue(CorpusRow row, string outcome) =>
        outcome is not (CorpusRow.NotAnAnswer or CorpusRow.Unknown or CorpusRow.Ask) && !outcome.StartsWith(ReadBack, StringComparison.Ordinal) && !Matches(row, outcome)
        && !(row.Expected == CorpusRow.Unknown && outcome == "unsure");

    private static bool IsDuration(CorpusRow row) => row.QuestionId is "lastPeriod" or "steroidDuration";

    private static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
