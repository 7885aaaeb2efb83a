using System.Globalization;

namespace BoneCoachBot.Safety;

/// <summary>
/// Whether a pattern keeps .NET's backtracking engine fast on any text: the shapes that make it slow are a group repeated
/// without bound ("(a+)*", "(no|no no)*": exponential; an atomic group "(?>no )*" is never split again, so it may
/// repeat) and several open-ended repetitions in one pattern ("\w*\w*x": a higher power of the text's length for every
/// place it is tried). The triage phrases are held to this instead of the non-backtracking engine, which was linear by
/// construction but cost a second of CPU at every start of the bot.
/// </summary>
public static class RegexShape
{
    // A bounded repetition this long ranges over a whole message, so it counts as open-ended ("{0,1000}").
    private const int LongestBound = 100;

    /// <summary>What makes <paramref name="pattern"/> unsafe to backtrack over, or null when nothing does.</summary>
    /// <param name="maxOpenEnded">How many open-ended repetitions ("*", "+", "{2,}") the pattern may hold.</param>
    public static string? Problem(string pattern, int maxOpenEnded = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        // Per open group: where it opened, and the open-ended repetitions of its branch so far and of its longest branch.
        var groups = new Stack<Group>();
        var current = new Group(0, false);
        for (var i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i = AfterEscape(pattern, i) - 1;
                    break;
                case '[':
                    i = AfterClass(pattern, i) - 1;
                    break;
                case '(':
                    var (next, closed) = AfterGroupOpening(pattern, i);
                    if (!closed)
                    {
                        groups.Push(current);
                        current = new Group(i, pattern.AsSpan(i).StartsWith("(?>"));
                    }

                    i = next - 1;
                    break;
                case '|':
                    current.EndBranch();
                    break;
                case ')':
                    var repeat = Quantifier(pattern, i + 1);
                    if (repeat is { OpenEnded: true } && !current.Atomic)
                    {
                        return $"repeats the group '{pattern[current.Opened..(i + 1)]}' without bound";
                    }

                    // Nothing inside an atomic group is tried again: it counts as one repetition at most, of itself.
                    var inner = current.Atomic ? 0 : current.Longest;
                    current = groups.Count > 0 ? groups.Pop() : new Group(0, false);
                    current.Branch += inner + (repeat is { OpenEnded: true } ? 1 : 0);
                    i += repeat?.Length ?? 0;
                    break;
                default:
                    if (Quantifier(pattern, i) is { } quantifier)
                    {
                        current.Branch += quantifier.OpenEnded ? 1 : 0;
                        i += quantifier.Length - 1;
                    }

                    break;
            }
        }

        var openEnded = current.Longest;
        return openEnded > maxOpenEnded ? $"has {openEnded} open-ended repetitions, and at most {maxOpenEnded} keeps it fast" : null;
    }

    // Alternatives never apply at the same place, so a group counts its branch with the most open-ended repetitions.
    private sealed class Group(int opened, bool atomic)
    {
        private int _longest;

        public int Opened { get; } = opened;

        public bool Atomic { get; } = atomic;

        public int Branch { get; set; }

        public int Longest => Math.Max(_longest, Branch);

        public void EndBranch()
        {
            _longest = Longest;
            Branch = 0;
        }
    }

    private readonly record struct Repeat(int Length, bool OpenEnded);

    // The quantifier at index (with its lazy '?'), or null: '*', '+', '?', '{n}', '{n,}', '{n,m}'; a '{' that is none of those is a character.
    private static Repeat? Quantifier(string pattern, int index)
    {
        if (index >= pattern.Length)
        {
            return null;
        }

        Repeat? found = pattern[index] switch
        {
            '*' or '+' => new Repeat(1, true),
            '?' => new Repeat(1, false),
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
        if (bounds.Length > 2 || !int.TryParse(bounds[0], NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return null;
        }

        if (bounds.Length == 1)
        {
            return new Repeat(close - index + 1, false);
        }

        var upper = bounds[1].Length == 0 ? int.MaxValue : int.TryParse(bounds[1], NumberStyles.None, CultureInfo.InvariantCulture, out var most) ? most : -1;
        return upper < 0 ? null : new Repeat(close - index + 1, upper > LongestBound);
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
