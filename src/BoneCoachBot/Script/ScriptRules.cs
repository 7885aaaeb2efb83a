namespace BoneCoachBot.Script;

/// <summary>The rules of a script file that JSON Schema cannot express.</summary>
internal static class ScriptRules
{
    public static void Check(DialogScript dialog, string fileStem, string file, JsonLineIndex lines)
    {
        if (dialog.Dialog != fileStem)
        {
            throw new ScriptException(file, lines.LineOf("/dialog"), $"'dialog' is '{dialog.Dialog}' but the file is named {fileStem}.json; make them match.");
        }

        CheckUnique(dialog.Questions.Select(q => q.Id), "question id", file, index => lines.LineOf($"/questions/{index}/id"));
        CheckUnique(dialog.Commands.Select(c => c.Id), "command id", file, index => lines.LineOf($"/commands/{index}/id"));
        CheckPhrasesUnique(dialog, file, lines);
        for (var index = 0; index < dialog.Questions.Count; index++)
        {
            CheckAnswer(dialog.Questions[index], file, lines, $"/questions/{index}/answer");
        }

        TriageRules.Check(dialog, file, lines);
    }

    private static void CheckAnswer(QuestionScript question, string file, JsonLineIndex lines, string pointer)
    {
        var answer = question.Answer;
        if (answer.Min > answer.Max)
        {
            throw new ScriptException(file, lines.LineOf(pointer + "/min"), $"question '{question.Id}': min {answer.Min} is above max {answer.Max}.");
        }

        if (answer.Type == AnswerType.Quantity && !answer.Accepts.Contains(answer.Unit!))
        {
            throw new ScriptException(file, lines.LineOf(pointer + "/accepts"), $"question '{question.Id}': 'accepts' must include its unit '{answer.Unit}'.");
        }

        CheckUnique(answer.Choices.Select(c => c.Value), $"choice value in '{question.Id}'", file,
            index => lines.LineOf($"{pointer}/choices/{index}/value"));
        // A phrase may repeat within one choice ("Yes" and "yes"), never point at two.
        CheckUnique(answer.Choices.SelectMany(c => c.Synonyms.Append(c.Title).Select(Normalize).Distinct()), $"choice wording in '{question.Id}'", file,
            _ => lines.LineOf(pointer + "/choices"));
    }

    private static void CheckPhrasesUnique(DialogScript dialog, string file, JsonLineIndex lines) =>
        CheckUnique(dialog.Commands.SelectMany(c => c.Phrases).Select(Normalize), "command phrase", file, _ => lines.LineOf("/commands"));

    private static void CheckUnique(IEnumerable<string> values, string what, string file, Func<int, long> lineOf)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var value in values)
        {
            if (!seen.Add(value))
            {
                throw new ScriptException(file, lineOf(index), $"the {what} '{value}' appears twice.");
            }

            index++;
        }
    }

    private static string Normalize(string phrase) => phrase.Trim().ToLowerInvariant();
}
