using System.Text.RegularExpressions;
using BoneCoachBot.Safety;
using BoneCoachBot.Tests.Answers;
using BoneCoachBot.Tests.Support;

namespace BoneCoachBot.Tests.Safety;

/// <summary>
/// The triage classifier asks a union of each sign's patterns first and tries the patterns one by one only where it
/// matched (issue 18). These hold that path to the one that tries every pattern on every sentence: over both corpora,
/// every message must get the same class and sign, and every list the same matches, so a pattern added to
/// dialogs/safety.json that the unions would miss fails here, not in her conversation.
/// </summary>
public sealed class TriagePreCheckTests
{
    private static readonly TriagePatterns PreChecked = new(ScriptTexts.Script["safety"].Triage!);
    private static readonly TriagePatterns Full = new(ScriptTexts.Script["safety"].Triage!, preChecked: false);

    // Every message of the triage corpus (English, Spanish, held out) and every answer of the answer corpus (both languages).
    private static IEnumerable<string> Messages =>
        TriageCorpus.All.Select(m => m.Text).Concat(AnswerCorpus.Rows.Concat(AnswerCorpus.Spanish).Select(r => r.Message)).Distinct();

    [Fact]
    public void Every_corpus_message_gets_the_same_class_and_sign_with_the_unions_as_with_every_pattern()
    {
        var preChecked = new TriageClassifier(PreChecked);
        var full = new TriageClassifier(Full);
        var differ = Messages.Where(m => preChecked.Classify(m) != full.Classify(m) || PreChecked.TellsOfBreak(m) != Full.TellsOfBreak(m)).ToList();

        Assert.True(differ.Count == 0, "read differently with the unions:\n" + string.Join('\n', differ));
        Assert.Contains(Messages, m => full.Classify(m).Class != TriageClass.None);
    }

    [Fact]
    public void Every_pattern_list_finds_the_same_matches_with_the_unions_as_with_every_pattern()
    {
        var texts = Messages.Select(PreChecked.Text.Normalize)
            .SelectMany(normalized => PreChecked.Text.Sentences(normalized).Prepend(normalized)).Distinct().ToList();
        var differ = (
            from list in Lists()
            from text in texts
            where list.PreChecked.IsMatch(text) != list.Full.IsMatch(text)
                || !Found(list.PreChecked.Matches(text)).SequenceEqual(Found(list.Full.Matches(text)))
            select $"{list.Name}: {text}").ToList();

        Assert.True(differ.Count == 0, "matched differently with the unions:\n" + string.Join('\n', differ.Take(20)));
        Assert.Contains(texts, PreChecked.SignPatterns.IsMatch);
    }

    [Fact]
    public void A_group_too_large_for_one_union_is_split_and_still_finds_what_each_pattern_finds()
    {
        // Forty bounded gaps are far more states than one non-backtracking regex may have.
        var patterns = Enumerable.Range(0, 40).Select(i => $@"\bword{i}\b.{{0,400}}\bother{i}\b").ToList();
        var list = new PatternList([patterns]);

        Assert.Equal([(39, 0)], list.Matches("word39 and then other39").Select(f => (f.Index, f.Match.Index)));
        Assert.True(list.IsMatch("so word7, other7"));
        Assert.False(list.IsMatch("word7 alone"));
    }

    [Fact]
    public void A_pattern_that_is_not_whole_on_its_own_is_refused_even_inside_a_group()
    {
        // "a)|(b" would balance inside a union's parentheses; alone it is broken, and the script check names it.
        Assert.ThrowsAny<ArgumentException>(() => new PatternList(["chest pain", "a)|(b"]));
    }

    private static IEnumerable<(int, int, int)> Found(IEnumerable<(int Index, Match Match)> matches) =>
        matches.Select(f => (f.Index, f.Match.Index, f.Match.Length));

    private static IEnumerable<(string Name, PatternList PreChecked, PatternList Full)> Lists()
    {
        var lists = typeof(TriagePatterns).GetProperties().Where(p => p.PropertyType == typeof(PatternList));
        foreach (var property in lists)
        {
            yield return (property.Name, (PatternList)property.GetValue(PreChecked)!, (PatternList)property.GetValue(Full)!);
        }

        foreach (var (sign, companions) in PreChecked.Companions)
        {
            yield return ($"companions/{sign}", companions, Full.Companions[sign]);
        }
    }
}
