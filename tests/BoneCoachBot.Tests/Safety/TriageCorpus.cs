using BoneCoachBot.Safety;
using BoneCoachBot.Tests.Support;

namespace BoneCoachBot.Tests.Safety;

/// <summary>One labelled message of triage-corpus.txt. Near-misses ("near-past" ...) are expected to be <see cref="TriageClass.None"/>.</summary>
public sealed record CorpusMessage(string Label, string Text)
{
    public TriageClass Expected => Label switch
    {
        "emergency" => TriageClass.Emergency,
        "crisis" => TriageClass.Crisis,
        "distress" => TriageClass.Distress,
        "urgent" => TriageClass.Urgent,
        _ => TriageClass.None,
    };

    public bool IsNearMiss => Label.StartsWith("near-", StringComparison.Ordinal);

    public override string ToString() => $"{Label}: {Text}";
}

public static class TriageCorpus
{
    /// <summary>The Spanish half (triage-corpus.es.txt), also part of <see cref="All"/>.</summary>
    public static IReadOnlyList<CorpusMessage> Spanish { get; } = Load("triage-corpus.es.txt");

    /// <summary>
    /// Messages written before the triage phrases were read, by someone who had not written them (English and Spanish):
    /// the patterns' author also wrote the rest, so those figures flatter them. Also part of <see cref="All"/>.
    /// </summary>
    public static IReadOnlyList<CorpusMessage> HeldOut { get; } = [.. Load("triage-corpus.heldout.txt"), .. Load("triage-corpus.heldout.es.txt")];

    public static IReadOnlyList<CorpusMessage> All { get; } = [.. Load("triage-corpus.txt"), .. Spanish, .. HeldOut];

    private static List<CorpusMessage> Load(string file) =>
        File.ReadLines(Path.Combine(RepositoryPaths.Root, "tests", "BoneCoachBot.Tests", "Safety", file))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split(" | ", 2))
            .Select(parts => new CorpusMessage(parts[0].Trim(), parts[1].Trim()))
            .ToList();
}

/// <summary>Recall and false positives per class over a run of the corpus; the near-miss rate counts any alarm at all.</summary>
public sealed class TriageScore
{
    private readonly List<(CorpusMessage Message, TriageClass Got)> _results = [];

    public void Add(CorpusMessage message, TriageClass got) => _results.Add((message, got));

    public double Recall(TriageClass triage)
    {
        var positives = _results.Where(r => r.Message.Expected == triage).ToList();
        return positives.Count == 0 ? 1 : positives.Count(r => r.Got == triage) / (double)positives.Count;
    }

    /// <summary>Of the messages not labelled <paramref name="triage"/>, the share classified as it.</summary>
    public double FalsePositiveRate(TriageClass triage)
    {
        var negatives = _results.Where(r => r.Message.Expected != triage).ToList();
        return negatives.Count == 0 ? 0 : negatives.Count(r => r.Got == triage) / (double)negatives.Count;
    }

    public double NearMissAlarmRate
    {
        get
        {
            var nearMisses = _results.Where(r => r.Message.IsNearMiss).ToList();
            return nearMisses.Count(r => r.Got != TriageClass.None) / (double)nearMisses.Count;
        }
    }

    public IEnumerable<string> Misses => _results.Where(r => r.Got != r.Message.Expected).Select(r => $"  got {r.Got,-9} for {r.Message}");

    public string Report(string title)
    {
        var lines = new List<string> { $"{title}: {_results.Count} messages ({_results.Count(r => r.Message.IsNearMiss)} near-misses)" };
        foreach (var triage in new[] { TriageClass.Emergency, TriageClass.Crisis, TriageClass.Distress, TriageClass.Urgent, TriageClass.None })
        {
            lines.Add($"  {triage,-9} n={_results.Count(r => r.Message.Expected == triage),3}  recall {Recall(triage):P1}  false positives {FalsePositiveRate(triage):P1}");
        }

        lines.Add($"  near-misses given any alarm: {NearMissAlarmRate:P1}");
        lines.AddRange(Misses);
        return string.Join('\n', lines);
    }
}
