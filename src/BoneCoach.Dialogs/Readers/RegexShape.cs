using System.Globalization;

namespace BoneCoach.Dialogs;

/// <summary>
/// Whether a pattern keeps .NET's backtracking engine fast on any text. The shapes that make it slow:
/// <list type="bullet">
/// <item>a group repeated without bound: "(no|no no)*" splits "no no no ..." every possible way (exponential); an atomic
/// group, "(?>no )*", is never split again, so it may repeat;</item>
/// <item>two repetitions of the same thing with nothing required between them: "\s*,?\s*" tries every way of sharing a
/// run of spaces ("\s*(?:,\s*)?" says the same and tries one);</item>
/// <item>where every message is read against hundreds of patterns (triage), more than one open-ended repetition at all.</item>
/// </list>
/// The readers and the triage phrases are held to this instead of the non-backtracking engine, which was linear by
/// construction but cost over a second of CPU at every start of the bot. It reads the pattern's shape, not every path
/// through it: a repetition is compared with those before it in its own group, not across a group's edge.
/// </summary>
public static class RegexShape
{
    // A bounded repetition this long ranges over a whole message, so it counts as open-ended ("{0,1000}").
    private const int LongestBound = 100;

    /// <summary>What makes <paramref name="pattern"/> unsafe to backtrack over, or null when nothing does.</summary>
    /// <param name="maxOpenEnded">How many open-ended repetitions ("*", "+", "{2,}") one branch of the pattern may hold.</param>
    public static string? Problem(string pattern, int maxOpenEnded = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var groups = new Stack<Group>();
        var current = new Group(0, false);
        for (var i = 0; i < pattern.Length; i++)
        {
            int end;
            switch (pattern[i])
            {
                case '(':
                    var (next, closed) = AfterGroupOpening(pattern, i);
                    if (!closed)
                    {
                        groups.Push(current);
                        current = new Group(i, pattern.AsSpan(i).StartsWith("(?>"));
                    }

                    i = next - 1;
                    continue;
                case '|':
                    current.EndBranch();
                    continue;
                case '^' or '$':
                    continue;
                case ')':
                    end = i + 1;
                    var repeat = Quantifier(pattern, end);
                    if (repeat is { OpenEnded: true } && !current.Atomic)
                    {
                        return $"repeats the group '{pattern[current.Opened..end]}' without bound";
                    }

                    var inner = current;
                    current = groups.Count > 0 ? groups.Pop() : new Group(0, false);
                    current.Branch += inner.Longest + (repeat is { OpenEnded: true } ? 1 : 0);
                    current.Follow(required: repeat is not { Optional: true });
                    i = end + (repeat?.Length ?? 0) - 1;
                    continue;
                case '\\':
                    end = AfterEscape(pattern, i);
                    break;
                case '[':
                    end = AfterClass(pattern, i);
                    break;
                default:
                    end = i + 1;
                    break;
            }

            var atom = pattern[i..end];
            var quantifier = Quantifier(pattern, end);
            if (atom is @"\b" or @"\B" or @"\G" or @"\A" or @"\z" or @"\Z")
            {
                // Zero-width: it neither repeats nor stands between two repetitions.
            }
            else if (quantifier is { OpenEnded: true })
            {
                if (!current.Follow(atom, required: !quantifier.Value.Optional))
                {
                    return $"repeats '{atom}' twice with nothing required between";
                }

                current.Branch++;
            }
            else
            {
                current.Follow(required: quantifier is not { Optional: true });
            }

            i = end + (quantifier?.Length ?? 0) - 1;
        }

        var openEnded = current.Longest;
        return openEnded > maxOpenEnded ? $"has {openEnded} open-ended repetitions, and at most {maxOpenEnded} keeps it fast" : null;
    }

    private readonly record struct Repeat(int Length, bool OpenEnded, bool Optional);

    // Per open group: where it opened, its open-ended repetitions so far (on this branch, and on its longest), and the
    // open-ended repetitions since the last thing required.
    private sealed class Group(int opened, bool atomic)
    {
        private int _longest;

        public int Opened { get; } = opened;

        public bool Atomic { get; } = atomic;

        public int Branch { get; set; }

        private readonly HashSet<string> _sinceRequired = new(StringComparer.Ordinal);

        // Alternatives never apply at the same place, so a group counts its branch with the most.
        public int Longest => Math.Max(_longest, Branch);

        public void EndBranch()
        {
            _longest = Longest;
            Branch = 0;
            _sinceRequired.Clear();
        }

        /// <summary>False when the open-ended repetition of <paramref name="atom"/> follows one of it with nothing required between.</summary>
        public bool Follow(string atom, bool required)
        {
            if (_sinceRequired.Contains(atom))
            {
                return false;
            }

            Follow(required);
            return _sinceRequired.Add(atom);
        }

        /// <summary>Something that is not an open-ended repetition: a required one ends the run of repetitions.</summary>
        public void Follow(bool required)
        {
            if (required)
            {
                _sinceRequired.Clear();
            }
        }
    }

    // The quantifier at index (with its lazy '?'), or null: '*', '+', '?', '{n}', '{n,}', '{n,m}'; a '{' that is none of those is a character.
    private static Repeat? Quantifier(string pattern, int index)
    {
        if (index >= pattern.Length)
        {
            return null;
        }

        Repeat? found = pattern[index] switch
        {
            '*' => new Repeat(1, true, true),
            '+' => new Repeat(1, true, false),
            '?' => new Repeat(1, false, true),
            '{' => Braces(pattern, index),
            _ => null,
        };
        return found is { } repeat && index + repeat.Length < pattern.Length && pattern[index + repeat.Length] == '?'
            ? repeat with { Length = repeat.Length + 1 }
            : found;
    }

    private static Repeat? Braces(string pattern, int index)
    {
        var close = pattern.IndexOf('}', index);
        if (close < 0)
        {
            return null;
        }

        var bounds = pattern[(index + 1)..close].Split(',');
        if (bounds.Length > 2 || !int.TryParse(bounds[0], NumberStyles.None, CultureInfo.InvariantCulture, out var least))
        {
            return null;
        }

        var most = bounds.Length == 1 ? least : bounds[1].Length == 0 ? int.MaxValue : int.TryParse(bounds[1], NumberStyles.None, CultureInfo.InvariantCulture, out var upper) ? upper : -1;
        return most < 0 ? null : new Repeat(close - index + 1, most > LongestBound, least == 0);
    }

    private static int AfterEscape(string pattern, int index)
    {
        var next = index + 1;
        if (next < pattern.Length && pattern[next] is 'p' or 'P' or 'k' && next + 1 < pattern.Length && pattern[next + 1] is '{' or '<' or '\'')
        {
            var close = pattern.IndexOfAny(['}', '>', '\''], next + 2);
            return close < 0 ? pattern.Length : close + 1;
        }

        return Math.Min(next + 1, pattern.Length);
    }

    // A character class: a ']' right after '[' or '[^' is a character; escapes and subtractions ("[a-z-[aeiou]]") nest.
    private static int AfterClass(string pattern, int index)
    {
        var depth = 0;
        for (var i = index; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    depth++;
                    if (i + 1 < pattern.Length && pattern[i + 1] == '^')
                    {
                        i++;
                    }

                    if (i + 1 < pattern.Length && pattern[i + 1] == ']')
                    {
                        i++;
                    }

                    break;
                case ']':
                    if (--depth == 0)
                    {
                        return i + 1;
                    }

                    break;
            }
        }

        return pattern.Length;
    }

    // Past "(", "(?:", "(?<name>", "(?'name'", "(?=", "(?<!", "(?i:" and the like, to the group's first atom; Closed for
    // what ends where it opens: inline options "(?i)" and comments "(?#...)".
    private static (int Next, bool Closed) AfterGroupOpening(string pattern, int index)
    {
        if (index + 1 >= pattern.Length || pattern[index + 1] != '?')
        {
            return (index + 1, false);
        }

        var at = index + 2;
        if (at < pattern.Length && pattern[at] == '#')
        {
            var end = pattern.IndexOf(')', at);
            return (end < 0 ? pattern.Length : end + 1, true);
        }

        if (at < pattern.Length && pattern[at] is '<' or '\'' && at + 1 < pattern.Length && pattern[at + 1] is not ('=' or '!'))
        {
            var close = pattern.IndexOf(pattern[at] == '<' ? '>' : '\'', at + 1);
            return (close < 0 ? pattern.Length : close + 1, false);
        }

        while (at < pattern.Length && pattern[at] is not (':' or ')' or '=' or '!' or '>'))
        {
            at++;
        }

        return (Math.Min(at + 1, pattern.Length), at < pattern.Length && pattern[at] == ')');
    }
}
