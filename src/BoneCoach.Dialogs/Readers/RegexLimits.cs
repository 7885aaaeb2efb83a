namespace BoneCoach.Dialogs;

/// <summary>
/// Why the readers' patterns carry no time-out. They read at most <see cref="TextBudget.MaxChars"/> characters, and each
/// has a shape that keeps backtracking fast (<see cref="RegexShape"/>, held by a test). A wall-clock time-out only ever
/// fired on a loaded machine, failing a turn over a reading that was never slow (issue 14).
/// </summary>
internal static class RegexLimits
{
    public const int None = Timeout.Infinite;
}
