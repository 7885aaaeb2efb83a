namespace BoneCoach.Dialogs;

/// <summary>How a message answers a number question.</summary>
public enum NumberAnswerKind
{
    /// <summary>No number that could be the answer.</summary>
    None,

    /// <summary>One clear value (possibly from "none", "once", "a couple", "3 or 4").</summary>
    Value,

    /// <summary>Several numbers could be the answer: no value is taken; ask which.</summary>
    Ambiguous,

    /// <summary>She doesn't know ("not sure", "never had it tested").</summary>
    Unknown,

    /// <summary>She corrects an earlier answer ("actually I'm 61 not 62"): never the answer to this question.</summary>
    Correction,
}

/// <summary>What <see cref="NumberReader"/> made of a message: a value only when it is clearly the answer.</summary>
public sealed record NumberAnswer(NumberAnswerKind Kind, decimal? Value = null)
{
    /// <summary>The mention the value came from (null for "none" and for non-values).</summary>
    public Mention? Source { get; init; }

    /// <summary>The numbers that competed, for an Ambiguous answer ("62 or 60?").</summary>
    public IReadOnlyList<Mention> Candidates { get; init; } = [];

    /// <summary>The correction, for a Correction answer.</summary>
    public Correction? Correction { get; init; }

    public static NumberAnswer Nothing { get; } = new(NumberAnswerKind.None);
}
