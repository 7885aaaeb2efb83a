namespace BoneCoach.Dialogs;

/// <summary>What kind of time answer the user gave.</summary>
[Flags]
public enum DateAnswerKind
{
    /// <summary>A day ("8 years ago", "June 3rd 2019").</summary>
    Date = 1,

    /// <summary>A period ("in 2019", "last March").</summary>
    Range = 2,

    /// <summary>A length of time ("2 weeks", "10 years").</summary>
    Duration = 4,

    /// <summary>A day or a period.</summary>
    DateOrRange = Date | Range,

    Any = Date | Range | Duration,
}
