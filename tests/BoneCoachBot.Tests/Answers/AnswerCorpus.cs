using System.Globalization;
using BoneCoachBot.Tests.Support;

namespace BoneCoachBot.Tests.Answers;

/// <summary>One row of answer-corpus.tsv: a message at a question and what she meant.</summary>
public sealed record CorpusRow(int Line, string QuestionId, string Message, string Expected, string Locale)
{
    public const string Unknown = "unknown";
    public const string NotAnAnswer = "not an answer";
    public const string Ask = "ask";

    public double? ExpectedNumber =>
        double.TryParse(Expected, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    public override string ToString() => $"line {Line}: {QuestionId} <- \"{Message}\" (expected {Expected})";
}

/// <summary>The corpus files, read once: English (answer-corpus.tsv) and Spanish (answer-corpus.es.tsv).</summary>
public static class AnswerCorpus
{
    public static IReadOnlyList<CorpusRow> Rows { get; } = Load("answer-corpus.tsv");

    public static IReadOnlyList<CorpusRow> Spanish { get; } = Load("answer-corpus.es.tsv");

    private static List<CorpusRow> Load(string file)
    {
        var path = Path.Combine(RepositoryPaths.Root, "tests", "BoneCoachBot.Tests", "Answers", file);
        return File.ReadAllLines(path)
            .Select((line, index) => (Line: index + 1, Fields: line.Split('\t')))
            .Where(x => x.Fields.Length == 4 && !x.Fields[0].StartsWith('#'))
            .Select(x => new CorpusRow(x.Line, x.Fields[0], x.Fields[1], x.Fields[2], x.Fields[3]))
            .ToList();
    }
}
