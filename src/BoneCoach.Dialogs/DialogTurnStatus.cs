namespace BoneCoach.Dialogs;

/// <summary>What the dialog stack did on this turn.</summary>
public enum DialogTurnStatus
{
    /// <summary>The stack was empty: nothing ran.</summary>
    Empty,

    /// <summary>The active dialog is waiting for the user.</summary>
    Waiting,

    /// <summary>The last dialog on the stack completed; see the result.</summary>
    Complete,

    /// <summary>The stack was cancelled.</summary>
    Cancelled,
}
