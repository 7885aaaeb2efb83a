namespace BoneCoachBot.Script;

/// <summary>
/// The base dialog spoken in another language: its structure with the overlay's words. Words she might type (choice
/// synonyms, cues, her questions, "I don't know") keep the English ones after the translated ones, so an English word
/// in a Spanish conversation is still understood; what the bot says (texts, titles, buttons) is the overlay's alone.
/// </summary>
internal static class ScriptOverlay
{
    public static DialogScript Apply(DialogScript english, DialogTexts words) => english with
    {
        Title = words.Title,
        Texts = words.Texts,
        Questions = [.. english.Questions.Select(q => Question(q, words.Questions[q.Id]))],
        Commands = [.. english.Commands.Select(c => Command(c, words.Commands[c.Id]))],
        Facts = [.. english.Facts.Select(f => Fact(f, words.Facts[f.Question]))],
        Topics = [.. english.Topics.Select(t => t with { Phrases = Both(words.Topics[t.Id].Phrases, t.Phrases), Terms = Both(words.Topics[t.Id].Terms, t.Terms), Answer = words.Topics[t.Id].Answer })],
        Phrases = english.Phrases.ToDictionary(p => p.Key, p => Both(words.Phrases[p.Key], p.Value), StringComparer.Ordinal),
        Helplines = [.. english.Helplines.Select(h => h with { Emergency = words.Helplines[h.Region].Emergency, Crisis = words.Helplines[h.Region].Crisis })],
    };

    private static QuestionScript Question(QuestionScript english, QuestionTexts words) => english with
    {
        Ask = words.Ask,
        Retry = words.Retry,
        Why = words.Why,
        Answer = english.Answer with
        {
            Choices = [.. english.Answer.Choices.Select(c => Choice(c, words.Choices[c.Value]))],
        },
    };

    private static ChoiceScript Choice(ChoiceScript english, ChoiceTexts words) => english with
    {
        Title = words.Title,
        Synonyms = Both(words.Synonyms, [english.Title, .. english.Synonyms]),
    };

    // The translated phrases first: the first phrase of a command is the one a button shows.
    private static CommandScript Command(CommandScript english, CommandTexts words) => english with
    {
        Phrases = Both(words.Phrases, english.Phrases),
        Reply = words.Reply,
    };

    private static FactScript Fact(FactScript english, FactTexts words) => english with
    {
        Label = words.Label,
        Noted = words.Noted,
        Cues = Both(words.Cues, english.Cues),
        AloneCues = Both(words.AloneCues, english.AloneCues),
        YesWhen = Both(words.YesWhen, english.YesWhen),
        NotWhen = Both(words.NotWhen, english.NotWhen),
        ReadBack = words.ReadBack,
        ReadBackValue = words.ReadBackValue,
        CountedNames = words.CountedNames,
        Example = words.Example,
        ExampleImperial = words.ExampleImperial,
        Buttons = words.Buttons,
        About = Both(words.About, english.About),
        NotedOne = words.NotedOne,
        NotedNo = words.NotedNo,
        NotUnits = Both(words.NotUnits, english.NotUnits),
        OwnUnitWords = Both(words.OwnUnitWords, english.OwnUnitWords),
        NotUnitsReply = words.NotUnitsReply,
    };

    private static IReadOnlyList<string> Both(IReadOnlyList<string> translated, IReadOnlyList<string> english) =>
        [.. translated.Concat(english).DistinctBy(p => p.Trim().ToLowerInvariant())];
}
