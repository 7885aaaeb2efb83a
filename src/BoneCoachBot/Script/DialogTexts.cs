namespace BoneCoachBot.Script;

/// <summary>
/// One overlay file of dialogs/{language}/: only the words of one dialog, keyed by the ids of its base file (texts by
/// key, questions and commands by id, facts by question, topics by id, choices by value, helplines by region).
/// </summary>
public sealed record DialogTexts
{
    public required string Dialog { get; init; }

    public required string Title { get; init; }

    public IReadOnlyDictionary<string, string> Texts { get; init; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, QuestionTexts> Questions { get; init; } = new Dictionary<string, QuestionTexts>();

    public IReadOnlyDictionary<string, CommandTexts> Commands { get; init; } = new Dictionary<string, CommandTexts>();

    public IReadOnlyDictionary<string, FactTexts> Facts { get; init; } = new Dictionary<string, FactTexts>();

    public IReadOnlyDictionary<string, TopicTexts> Topics { get; init; } = new Dictionary<string, TopicTexts>();

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Phrases { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    public IReadOnlyDictionary<string, HelplineTexts> Helplines { get; init; } = new Dictionary<string, HelplineTexts>();
}

public sealed record QuestionTexts
{
    public required string Ask { get; init; }

    public string? Retry { get; init; }

    public required string Why { get; init; }

    public IReadOnlyDictionary<string, ChoiceTexts> Choices { get; init; } = new Dictionary<string, ChoiceTexts>();
}

public sealed record ChoiceTexts
{
    public required string Title { get; init; }

    public IReadOnlyList<string> Synonyms { get; init; } = [];
}

public sealed record CommandTexts
{
    public required IReadOnlyList<string> Phrases { get; init; }

    public string? Reply { get; init; }
}

public sealed record FactTexts
{
    public required string Label { get; init; }

    public required string Noted { get; init; }

    public IReadOnlyList<string> Cues { get; init; } = [];

    public IReadOnlyList<string> AloneCues { get; init; } = [];

    public IReadOnlyList<string> YesWhen { get; init; } = [];

    public IReadOnlyList<string> NotWhen { get; init; } = [];

    public string? ReadBack { get; init; }

    public string? ReadBackValue { get; init; }

    public IReadOnlyList<string> CountedNames { get; init; } = [];

    public string? Example { get; init; }

    public string? ExampleImperial { get; init; }

    public IReadOnlyList<string> Buttons { get; init; } = [];

    public IReadOnlyList<string> About { get; init; } = [];

    public string? NotedOne { get; init; }

    public string? NotedNo { get; init; }

    public IReadOnlyList<string> NotUnits { get; init; } = [];

    public IReadOnlyList<string> OwnUnitWords { get; init; } = [];

    public string? NotUnitsReply { get; init; }
}

public sealed record TopicTexts
{
    public required IReadOnlyList<string> Phrases { get; init; }

    public IReadOnlyList<string> Terms { get; init; } = [];

    public required string Answer { get; init; }
}

public sealed record HelplineTexts
{
    public required string Emergency { get; init; }

    public string? Crisis { get; init; }
}
