using System.Globalization;
using System.Text;
using BoneCoachBot.Coaching;
using BoneCoachBot.Script;

namespace BoneCoachBot.Commands;

/// <summary>
/// Her answers for "change my answers": numbered in script order, grouped under their part's title, each named by
/// its label in dialogs/answers.json ("your weight"). She picks one by its number or by words from its name.
/// </summary>
public sealed class AnswerList
{
    private static readonly HashSet<string> FillerWords = new(StringComparer.Ordinal)
    {
        "my", "your", "the", "a", "an", "i", "want", "to", "change", "edit", "fix", "correct", "update", "answer", "about", "number", "please", "one", "for", "question", "of", "is", "it",
    };

    private AnswerList(IReadOnlyList<AnswerEntry> entries) => Entries = entries;

    public IReadOnlyList<AnswerEntry> Entries { get; }

    /// <summary>Her answers (skipped ones included: she may want to answer them now) in the order they were asked.</summary>
    public static AnswerList Of(CoachingRecord record, ConversationScript script, Func<string, bool>? include = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(script);
        var labels = script[Dialogs.Questions.AnswerGuide.ScriptName].Facts.ToDictionary(f => f.Question, f => f.Label, StringComparer.Ordinal);
        var entries = CoachingParts.InOrder
            .SelectMany(part => script[part].Questions.Select(q => (Part: part, Question: q)))
            .Where(x => record.Answers.ContainsKey(x.Question.Id) && (include?.Invoke(x.Question.Id) ?? true))
            .Select((x, i) => new AnswerEntry(i + 1, x.Part, x.Question.Id, labels.GetValueOrDefault(x.Question.Id) ?? x.Question.Ask, record.Answers[x.Question.Id]))
            .ToList();
        return new AnswerList(entries);
    }

    /// <summary>The list as she reads it: a heading per part, then "3. Your weight: 63.5 kg".</summary>
    public string Render(ConversationScript script, string skipped)
    {
        ArgumentNullException.ThrowIfNull(script);
        var text = new StringBuilder();
        foreach (var part in Entries.GroupBy(e => e.Part))
        {
            text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"**{Capitalised(script[part.Key].Title)}**");
            foreach (var entry in part)
            {
                var said = entry.Answer.Skipped ? skipped : entry.Answer.Readable;
                text.AppendLine(CultureInfo.InvariantCulture, $"{entry.Number}. {Capitalised(entry.Label)}: {said}");
            }
        }

        return text.ToString().Trim();
    }

    /// <summary>The entries her words point at: one by its number, the one whose name she typed, or every name with her words in it.</summary>
    public IReadOnlyList<AnswerEntry> Find(string? said)
    {
        var words = Words(said);
        if (words.Count == 0)
        {
            return [];
        }

        // "7", "7.", or a button's "7. Your height": the number decides.
        if (int.TryParse(words[0].TrimEnd('.', ')'), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return Entries.Where(e => e.Number == number).ToList();
        }

        var named = Entries.Where(e => Words(e.Label).SequenceEqual(words)).ToList();
        return named.Count > 0 ? named : Entries.Where(e => words.All(w => Words(e.Label).Any(l => l.StartsWith(w, StringComparison.Ordinal)))).ToList();
    }

    private static List<string> Words(string? text) =>
        (text ?? string.Empty).ToLowerInvariant().Replace('’', '\'')
            .Split([' ', ',', '!', '?', ':', ';', '\'', '"'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('.', ')', '('))
            .Where(w => w.Length > 0)
            .Where(w => !FillerWords.Contains(w) && w != "s")
            .ToList();

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}

/// <summary>One of her answers in the list: its number, where it was asked, its name and what she said.</summary>
public sealed record AnswerEntry(int Number, string Part, string QuestionId, string Label, StoredAnswer Answer);
