namespace BoneCoach.Dialogs;

/// <summary>
/// Why the readers' patterns carry no time-out. They read at most <see cref="TextBudget.MaxChars"/> characters; those that
/// allow it run with RegexOptions.NonBacktracking (linear in the text), and the few that need a lookaround or \G have no
/// nested repetition. A wall-clock time-out only ever fired on a loaded machine, failing a turn over a reading that was
/// never slow (issue 14).
/// </summary>
internal static class RegexLimits
{
    public const int None = Timeout.Infinite;
}
