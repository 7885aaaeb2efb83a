namespace BoneCoachBot.Script;

/// <summary>One file of dialogs/: the wording, questions and commands of one dialog.</summary>
public sealed record DialogScript
{
    public required string Dialog { get; init; }

    public required string Title { get; init; }

    public IReadOnlyDictionary<string, string> Texts { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<QuestionScript> Questions { get; init; } = [];

    public IReadOnlyList<CommandScript> Commands { get; init; } = [];

    /// <summary>Which question a fact in her message can fill (dialogs/answers.json).</summary>
    public IReadOnlyList<FactScript> Facts { get; init; } = [];

    /// <summary>Her questions the bot answers: glossary and FAQ (dialogs/answers.json).</summary>
    public IReadOnlyList<TopicScript> Topics { get; init; } = [];

    /// <summary>Named phrase lists ("unknown": the ways of saying "I don't know").</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Phrases { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>What the safety net looks for (dialogs/safety.json only).</summary>
    public TriageScript? Triage { get; init; }

    /// <summary>Emergency numbers and crisis lines by country (dialogs/safety.json only).</summary>
    public IReadOnlyList<HelplineScript> Helplines { get; init; } = [];

    public QuestionScript Question(string id) =>
        Questions.FirstOrDefault(q => q.Id == id)
        ?? throw new KeyNotFoundException($"dialogs/{Dialog}.json has no question '{id}'.");

    public string Text(string key) =>
        Texts.TryGetValue(key, out var text) ? text : throw new KeyNotFoundException($"dialogs/{Dialog}.json has no text '{key}'.");
}

/// <summary>One question: asked once, re-asked with <see cref="Retry"/>, explained by <see cref="Why"/>.</summary>
public sealed record QuestionScript
{
    public required string Id { get; init; }

    public required string Ask { get; init; }

    public string? Retry { get; init; }

    public required string Why { get; init; }

    public bool Optional { get; init; }

    /// <summary>Not in the first pass: asked by "fine-tune" or a weekly check-in.</summary>
    public bool Later { get; init; }

    /// <summary>Asked only when every gate holds (see <see cref="QuestionGate"/>).</summary>
    public IReadOnlyList<QuestionGate> AskIf { get; init; } = [];

    public required AnswerSpec Answer { get; init; }
}

/// <summary>
/// "Ask this only when an earlier answer says it can change the plan": exactly one of <see cref="Is"/>,
/// <see cref="IsNot"/>, <see cref="Includes"/>, <see cref="Known"/> (the schema says so).
/// </summary>
public sealed record QuestionGate
{
    public required string Question { get; init; }

    /// <summary>true/false for a yes/no, a number, a choice value, or a list of choice values (any of them).</summary>
    public System.Text.Json.JsonElement? Is { get; init; }

    public System.Text.Json.JsonElement? IsNot { get; init; }

    /// <summary>A multi-choice answer includes one of these values.</summary>
    public System.Text.Json.JsonElement? Includes { get; init; }

    public bool? Known { get; init; }

    /// <summary>Ask anyway when the earlier question was skipped or she didn't know.</summary>
    public bool OrUnknown { get; init; }

    /// <summary>With <see cref="Includes"/>: an amount she gives for the gated question ticks that option in her list.</summary>
    public bool Tick { get; init; }
}

/// <summary>What kind of answer a question takes, in which unit and range.</summary>
public sealed record AnswerSpec
{
    public required AnswerType Type { get; init; }

    public double? Min { get; init; }

    public double? Max { get; init; }

    public bool Integer { get; init; }

    /// <summary>The unit the answer is kept in (quantity); <see cref="Min"/> and <see cref="Max"/> are in it.</summary>
    public string? Unit { get; init; }

    public IReadOnlyList<string> Accepts { get; init; } = [];

    public IReadOnlyList<ChoiceScript> Choices { get; init; } = [];

    public int? MaxLength { get; init; }

    /// <summary>A duration that is a time since ("about 8 years ago"), said with "ago"; otherwise how long something lasted.</summary>
    public bool Ago { get; init; }

    /// <summary>For a frequency: what it counts in a week, times ("3 times a week") or days ("3 days a week").</summary>
    public FrequencyCount Counts { get; init; }

    /// <summary>
    /// Where most answers fall: a value inside <see cref="Min"/> and <see cref="Max"/> but outside this ("2" hours of sleep)
    /// is read back before it is kept, as a slip of the keys is likelier than the value. Null: none is read back.
    /// </summary>
    public UsualRange? Usual { get; init; }
}

/// <summary>The values most women give, in the answer's unit (<see cref="AnswerSpec.Usual"/>).</summary>
public sealed record UsualRange(double Min, double Max)
{
    /// <summary>-1 below the range, 1 above it, 0 inside.</summary>
    public int Compare(double value) => value < Min ? -1 : value > Max ? 1 : 0;
}

public enum AnswerType
{
    Number,
    Quantity,
    Frequency,
    Duration,
    Choice,
    MultiChoice,
    YesNo,
    Text,
}

public sealed record ChoiceScript
{
    public required string Value { get; init; }

    public required string Title { get; init; }

    public IReadOnlyList<string> Synonyms { get; init; } = [];

    /// <summary>In a multi-choice question: the yes/no question this choice answers (ticked yes, not ticked no).</summary>
    public string? Fills { get; init; }
}

/// <summary>A command that works anywhere in the conversation, and the phrases that call it.</summary>
public sealed record CommandScript
{
    public required string Id { get; init; }

    public required IReadOnlyList<string> Phrases { get; init; }

    public string? Reply { get; init; }
}

/// <summary>A fact her message may hold, the question it fills, and the words that tie a value to that question.</summary>
public sealed record FactScript
{
    public required string Question { get; init; }

    public required string Label { get; init; }

    public required string Noted { get; init; }

    public IReadOnlyList<string> Cues { get; init; } = [];

    public bool NeedsCue { get; init; } = true;

    public string? CuedUnit { get; init; }

    /// <summary>
    /// Words that tie a value to this question only when nothing else is said with them, before it is asked: "about 9 years
    /// ago" at the height question is her last period ("ago" alone would date a scan or a fall).
    /// </summary>
    public IReadOnlyList<string> AloneCues { get; init; } = [];

    public IReadOnlyList<string> YesWhen { get; init; } = [];

    /// <summary>Words that keep a yes from being read in her sentence: "ten years ago" is no fall in the last year.</summary>
    public IReadOnlyList<string> NotWhen { get; init; } = [];

    public bool NoMeansUnknown { get; init; }

    /// <summary>A yes/no question about taking something, where how often she takes it ("every day", "once") is a yes.</summary>
    public bool HowOftenIsYes { get; init; }

    public string? Per { get; init; }

    public string? ReadBack { get; init; }

    /// <summary>Names whose count is the answer when she gives no number: the meals she names for "how many meals a day".</summary>
    public IReadOnlyList<string> CountedNames { get; init; } = [];

    /// <summary>How a read-back says the value when the kept form alone would mislead: "{value} ago" for a time since.</summary>
    public string? ReadBackValue { get; init; }

    public string? Example { get; init; }

    public string? ExampleImperial { get; init; }

    public IReadOnlyList<string> Buttons { get; init; } = [];

    /// <summary>Words that name what this question is about but are too loose to tie a value to it ("fish" for protein meals).</summary>
    public IReadOnlyList<string> About { get; init; } = [];

    /// <summary>The answer is how long something lasted: a time ago ("20 years ago") says when, and is not its answer.</summary>
    public bool Lasted { get; init; }

    /// <summary>The answer is her age today: an age she is about to reach ("61 next month") is one year more.</summary>
    public bool AgeNow { get; init; }

    /// <summary>The "Noted:" wording when the value is 1 ("1 calcium-rich serving a day"); else <see cref="Noted"/>.</summary>
    public string? NotedOne { get; init; }

    /// <summary>The "Noted:" wording for her no, where <see cref="Noted"/> names only the thing ("no steroid tablets").</summary>
    public string? NotedNo { get; init; }

    /// <summary>A list question's answers to things she names that are not its options as written.</summary>
    public IReadOnlyList<ListMention> Mentions { get; init; } = [];

    /// <summary>Things counted in place of the question's unit ("4 glasses" for units of alcohol): never kept as its value.</summary>
    public IReadOnlyList<string> NotUnits { get; init; } = [];

    /// <summary>Her words for the question's own unit after a number: "1000 units" of vitamin D is 1000 IU.</summary>
    public IReadOnlyList<string> OwnUnitWords { get; init; } = [];

    /// <summary>What she is told instead, asking again in the question's unit.</summary>
    public string? NotUnitsReply { get; init; }
}

/// <summary>
/// Something she may name at a list that is not one of its options as written: it ticks an option (ovaries removed
/// before 45 is "Menopause before 45"), or the list's answers.json text "mention.{id}" says why it isn't one.
/// </summary>
public sealed record ListMention
{
    public required string Id { get; init; }

    /// <summary>Her words for it, in every language.</summary>
    public required IReadOnlyList<string> Phrases { get; init; }

    /// <summary>The option it ticks; without one it is only answered.</summary>
    public string? Ticks { get; init; }

    /// <summary>It ticks only when it happened before this age; at this age or later it is answered instead.</summary>
    public int? BeforeAge { get; init; }

    /// <summary>Words that, said with it, leave it to another mention ("ovaries" with "hysterectomy").</summary>
    public IReadOnlyList<string> NotWith { get; init; } = [];
}

/// <summary>One entry of the glossary and FAQ: the phrases that ask about it and a short answer.</summary>
public sealed record TopicScript
{
    public required string Id { get; init; }

    public required IReadOnlyList<string> Phrases { get; init; }

    /// <summary>Words of the questions she may ask the meaning of ("what do you mean by heavy?"): asked about, never just said.</summary>
    public IReadOnlyList<string> Terms { get; init; } = [];

    public required string Answer { get; init; }
}

/// <summary>The safety net's phrases: signs by class, and the words that change what a sign means.</summary>
public sealed record TriageScript
{
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Emergency { get; init; }

    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Crisis { get; init; }

    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Urgent { get; init; }

    public required IReadOnlyDictionary<string, IReadOnlyList<string>> UrgentWhenRecent { get; init; }

    public IReadOnlyDictionary<string, IReadOnlyList<string>> EmergencyUnlessDaysAgo { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Someone with her collapsed or not breathing: an emergency whoever it is, and never noted as hers.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> EmergencyForAnyone { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    public required IReadOnlyList<string> Negation { get; init; }

    public required IReadOnlyList<string> NegationBreak { get; init; }

    public required IReadOnlyList<string> DistantPast { get; init; }

    public required IReadOnlyList<string> RecentPast { get; init; }

    public required IReadOnlyList<string> Present { get; init; }

    public required IReadOnlyList<string> Habitual { get; init; }

    public IReadOnlyList<string> JustNow { get; init; } = [];

    public IReadOnlyList<string> DaysAgo { get; init; } = [];

    public IReadOnlyList<string> Ordinary { get; init; } = [];

    public required IReadOnlyList<string> OtherPerson { get; init; }

    public required IReadOnlyList<string> Hypothetical { get; init; }

    public required IReadOnlyDictionary<string, string> Rewrite { get; init; }

    public required IReadOnlyList<string> Safe { get; init; }

    public IReadOnlyList<string> NotOver { get; init; } = [];

    public required IReadOnlyList<string> NotNow { get; init; }

    public required IReadOnlyList<string> PastFracture { get; init; }

    public required IReadOnlyList<string> MaybeYes { get; init; }

    public IReadOnlyList<string> NotMe { get; init; } = [];

    public IReadOnlyList<string> CalmedWhenOrdinary { get; init; } = [];

    public IReadOnlyList<string> LeftToQuestions { get; init; } = [];

    public IReadOnlyDictionary<string, IReadOnlyList<string>> EmergencyWith { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Companions { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Distress { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    public IReadOnlyList<string> ThoughtsYes { get; init; } = [];

    public IReadOnlyList<string> ThoughtsNo { get; init; } = [];

    public IReadOnlyDictionary<string, string> Sources { get; init; } = new Dictionary<string, string>();
}

/// <summary>One country's emergency number and (where we are sure of one) crisis line, with where it comes from.</summary>
public sealed record HelplineScript
{
    public required string Region { get; init; }

    public IReadOnlyList<string> TimeZones { get; init; } = [];

    public required string Emergency { get; init; }

    public string? Crisis { get; init; }

    public required string Source { get; init; }
}
