using System.Text.RegularExpressions;

namespace BoneCoachBot.Safety;

/// <summary>
/// Some of dialogs/safety.json's patterns, matched as a list: the same answers as trying each pattern in turn, found
/// by first asking each group of them, as one union, whether any of its patterns matches at all.
/// </summary>
/// <remarks>
/// Most messages ("62", "about 9 stone") hold none of the ~240 signs: trying each pattern was a tenth of a coaching
/// turn's CPU, a union per sign is one pass. Each pattern's own regex, needed only for where it matched, is built with its
/// union: that is also what shows it stands alone.
/// </remarks>
public sealed class PatternList
{
    private readonly Group[] _groups;
    private readonly string[] _sources;
    private readonly Regex?[] _each;

    /// <param name="groups">The patterns in order, in groups tried together (a sign's patterns).</param>
    /// <param name="preChecked">False tries every pattern on every text, as before the unions: the path the tests hold them to.</param>
    public PatternList(IEnumerable<IReadOnlyList<string>> groups, bool preChecked = true)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var sources = new List<string>();
        var built = new List<Group>();
        foreach (var group in groups)
        {
            var first = sources.Count;
            sources.AddRange(group);
            if (group.Count > 0)
            {
                built.AddRange(preChecked ? [Union(group, first)] : Enumerable.Range(first, group.Count).Select(i => new Group(TriagePatterns.Compile(sources[i]), i, 1)));
            }
        }

        _sources = [.. sources];
        _each = new Regex?[_sources.Length];
        _groups = [.. built];
    }

    public PatternList(IReadOnlyList<string> patterns, bool preChecked = true)
        : this([patterns], preChecked)
    {
    }

    public int Count => _sources.Length;

    /// <summary>Each pattern's own regex, in order; built now where not yet built.</summary>
    public IReadOnlyList<Regex> Each => [.. Enumerable.Range(0, Count).Select(Pattern)];

    /// <summary>Whether any pattern matches <paramref name="text"/>.</summary>
    public bool IsMatch(string text)
    {
        foreach (var group in _groups)
        {
            if (group.Union.IsMatch(text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every pattern's matches in <paramref name="text"/>, pattern by pattern in order, with the pattern's index.</summary>
    public IEnumerable<(int Index, Match Match)> Matches(string text)
    {
        foreach (var group in _groups)
        {
            // A group of one is its pattern: matching it once is enough.
            if (group.Count > 1 && !group.Union.IsMatch(text))
            {
                continue;
            }

            for (var i = group.First; i < group.First + group.Count; i++)
            {
                foreach (Match match in Pattern(i).Matches(text))
                {
                    yield return (i, match);
                }
            }
        }
    }

    // Two threads may build the same one: Compile hands both the one instance it keeps.
    private Regex Pattern(int index) => _each[index] ??= TriagePatterns.Compile(_sources[index]);

    // Every host in a process (a test run starts hundreds) reads the same script: Compile keeps each union and part once.
    private static Group Union(IReadOnlyList<string> parts, int first)
    {
        foreach (var part in parts)
        {
            // A part must be a whole pattern on its own: "a)|(b" would otherwise close the union's group and open another.
            // Built as a match would build it, so a group that matches finds its parts ready.
            _ = TriagePatterns.Compile(part);
        }

        return new Group(TriagePatterns.Compile(parts.Count == 1 ? parts[0] : string.Join('|', parts.Select(p => "(?:" + p + ")"))), first, parts.Count);
    }

    private sealed record Group(Regex Union, int First, int Count);
}
