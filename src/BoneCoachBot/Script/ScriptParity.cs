using System.Text.RegularExpressions;

namespace BoneCoachBot.Script;

/// <summary>
/// An overlay holds exactly the keys of its base file: a key in one language and not the other stops start-up, naming
/// the file, the line and the key, so a new English text can't reach a Spanish speaker untranslated (or the reverse).
/// Each wording also keeps the base's {placeholders}, which the code fills in.
/// </summary>
internal static partial class ScriptParity
{
    public static void Check(DialogScript english, DialogTexts words, string file, JsonLineIndex lines)
    {
        var parity = new Parity(english.Dialog, file, lines);
        parity.Wording("/title", english.Title, words.Title);
        parity.Keys("text", "/texts", english.Texts.Keys, words.Texts.Keys);
        foreach (var (key, text) in english.Texts)
        {
            parity.Wording($"/texts/{key}", text, words.Texts[key]);
        }

        CheckQuestions(parity, english, words);
        parity.Keys("command", "/commands", english.Commands.Select(c => c.Id), words.Commands.Keys);
        foreach (var command in english.Commands)
        {
            parity.Optional($"/commands/{command.Id}/reply", command.Reply, words.Commands[command.Id].Reply);
        }

        CheckFacts(parity, english, words);
        parity.Keys("topic", "/topics", english.Topics.Select(t => t.Id), words.Topics.Keys);
        foreach (var topic in english.Topics)
        {
            parity.Wording($"/topics/{topic.Id}/answer", topic.Answer, words.Topics[topic.Id].Answer);
            parity.List($"/topics/{topic.Id}/terms", topic.Terms, words.Topics[topic.Id].Terms);
        }

        parity.Keys("phrase list", "/phrases", english.Phrases.Keys, words.Phrases.Keys);
        foreach (var (name, phrases) in english.Phrases)
        {
            parity.List($"/phrases/{name}", phrases, words.Phrases[name]);
        }

        parity.Keys("helpline", "/helplines", english.Helplines.Select(h => h.Region), words.Helplines.Keys);
        foreach (var line in english.Helplines)
        {
            parity.Optional($"/helplines/{line.Region}/crisis", line.Crisis, words.Helplines[line.Region].Crisis);
        }
    }

    private static void CheckQuestions(Parity parity, DialogScript english, DialogTexts words)
    {
        parity.Keys("question", "/questions", english.Questions.Select(q => q.Id), words.Questions.Keys);
        foreach (var question in english.Questions)
        {
            var said = words.Questions[question.Id];
            var at = $"/questions/{question.Id}";
            parity.Wording(at + "/ask", question.Ask, said.Ask);
            parity.Wording(at + "/why", question.Why, said.Why);
            parity.Optional(at + "/retry", question.Retry, said.Retry);
            parity.Keys($"choice of '{question.Id}'", at + "/choices", question.Answer.Choices.Select(c => c.Value), said.Choices.Keys);
        }
    }

    private static void CheckFacts(Parity parity, DialogScript english, DialogTexts words)
    {
        parity.Keys("fact", "/facts", english.Facts.Select(f => f.Question), words.Facts.Keys);
        foreach (var fact in english.Facts)
        {
            var said = words.Facts[fact.Question];
            var at = $"/facts/{fact.Question}";
            parity.Wording(at + "/noted", fact.Noted, said.Noted);
            parity.Optional(at + "/readBack", fact.ReadBack, said.ReadBack);
            parity.Optional(at + "/readBackValue", fact.ReadBackValue, said.ReadBackValue);
            parity.Optional(at + "/example", fact.Example, said.Example);
            parity.Optional(at + "/exampleImperial", fact.ExampleImperial, said.ExampleImperial);
            parity.List(at + "/cues", fact.Cues, said.Cues);
            parity.List(at + "/aloneCues", fact.AloneCues, said.AloneCues);
            parity.List(at + "/yesWhen", fact.YesWhen, said.YesWhen);
            parity.List(at + "/notWhen", fact.NotWhen, said.NotWhen);
            parity.List(at + "/buttons", fact.Buttons, said.Buttons);
            parity.List(at + "/countedNames", fact.CountedNames, said.CountedNames);
            parity.List(at + "/notUnits", fact.NotUnits, said.NotUnits);
            parity.List(at + "/ownUnitWords", fact.OwnUnitWords, said.OwnUnitWords);
            parity.Optional(at + "/notUnitsReply", fact.NotUnitsReply, said.NotUnitsReply);
        }
    }

    private sealed class Parity(string dialog, string file, JsonLineIndex lines)
    {
        private string Base => $"dialogs/{dialog}.json";

        public void Keys(string what, string at, IEnumerable<string> english, IEnumerable<string> translated)
        {
            var here = translated.ToHashSet(StringComparer.Ordinal);
            if (english.FirstOrDefault(key => !here.Contains(key)) is { } missing)
            {
                throw Broken(at, $"the {what} '{missing}' is in {Base} but not here; add its words.");
            }

            var there = english.ToHashSet(StringComparer.Ordinal);
            if (here.FirstOrDefault(key => !there.Contains(key)) is { } extra)
            {
                throw Broken($"{at}/{extra}", $"the {what} '{extra}' is here but not in {Base}; remove it or add it there.");
            }
        }

        public void Optional(string at, string? english, string? translated)
        {
            if ((english is null) != (translated is null))
            {
                throw Broken(at, english is null
                    ? $"'{Name(at)}' is here but {Base} has none there; remove it."
                    : $"'{Name(at)}' is in {Base} but not here; add its words.");
            }

            if (english is not null)
            {
                Wording(at, english, translated!);
            }
        }

        // Lists of words differ in length between languages; only "some" against "none" is a gap.
        public void List(string at, IReadOnlyList<string> english, IReadOnlyList<string> translated)
        {
            if ((english.Count == 0) != (translated.Count == 0))
            {
                throw Broken(at, english.Count == 0
                    ? $"'{Name(at)}' has words here but none in {Base}; remove them."
                    : $"'{Name(at)}' has words in {Base} but none here; add them.");
            }
        }

        public void Wording(string at, string english, string translated)
        {
            var wanted = Placeholders(english);
            var found = Placeholders(translated);
            if (!wanted.SetEquals(found))
            {
                throw Broken(at, $"'{Name(at)}' must fill the same placeholders as {Base} ({Show(wanted)}), not {Show(found)}.");
            }
        }

        private ScriptException Broken(string at, string problem) => new(file, lines.LineOf(at), problem);

        private static string Name(string at) => at[(at.LastIndexOf('/') + 1)..];

        private static string Show(HashSet<string> placeholders) =>
            placeholders.Count == 0 ? "none" : string.Join(" ", placeholders.Order(StringComparer.Ordinal));
    }

    private static HashSet<string> Placeholders(string wording) =>
        Placeholder().Matches(wording).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\{(?:[a-zA-Z][A-Za-z0-9.]*(?::[a-z]+)?|\d+)\}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Placeholder();
}
