using System.Text.Json;

namespace BoneCoachBot.Script;

/// <summary>
/// The rules of askIf gates and multi-choice fills that point across files: a gate names an earlier question and a
/// value that question can have; a first-pass question never waits on a later one; a fill answers a later yes/no.
/// </summary>
internal static class GateRules
{
    public static void Check(IReadOnlyDictionary<string, DialogScript> dialogs, IReadOnlyDictionary<string, JsonLineIndex> lines)
    {
        CheckIdsUnique(dialogs, lines);
        var order = Coaching.CoachingParts.InOrder.Where(dialogs.ContainsKey)
            .SelectMany(part => dialogs[part].Questions.Select((q, index) => (Part: part, Index: index, Question: q)))
            .ToList();
        var position = order.Select((entry, rank) => (entry.Question.Id, rank)).ToDictionary(e => e.Id, e => e.rank, StringComparer.Ordinal);
        var byId = order.ToDictionary(e => e.Question.Id, e => e.Question, StringComparer.Ordinal);
        foreach (var (part, index, question) in order)
        {
            var file = $"dialogs/{part}.json";
            for (var g = 0; g < question.AskIf.Count; g++)
            {
                var gate = question.AskIf[g];
                var problem = GateProblem(question, gate, byId, position);
                if (problem is not null)
                {
                    throw new ScriptException(file, lines[part].LineOf($"/questions/{index}/askIf/{g}"), $"question '{question.Id}': {problem}");
                }
            }

            for (var c = 0; c < question.Answer.Choices.Count; c++)
            {
                if (question.Answer.Choices[c].Fills is { } fills && FillProblem(question, fills, byId, position) is { } problem)
                {
                    throw new ScriptException(file, lines[part].LineOf($"/questions/{index}/answer/choices/{c}/fills"), $"question '{question.Id}': {problem}");
                }
            }
        }
    }

    // Her answers are kept by question id, so an id used in two coaching parts would mix two answers up (the check-in
    // keeps its own, by week).
    private static void CheckIdsUnique(IReadOnlyDictionary<string, DialogScript> dialogs, IReadOnlyDictionary<string, JsonLineIndex> lines)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, dialog) in Coaching.CoachingParts.InOrder.Where(dialogs.ContainsKey).Select(part => (part, dialogs[part])))
        {
            for (var index = 0; index < dialog.Questions.Count; index++)
            {
                var id = dialog.Questions[index].Id;
                if (!seen.TryAdd(id, name))
                {
                    throw new ScriptException($"dialogs/{name}.json", lines[name].LineOf($"/questions/{index}/id"),
                        $"the question id '{id}' is already used in dialogs/{seen[id]}.json; answers are kept by id, so give it another.");
                }
            }
        }
    }

    private static string? GateProblem(QuestionScript question, QuestionGate gate, Dictionary<string, QuestionScript> byId, Dictionary<string, int> position)
    {
        if (!byId.TryGetValue(gate.Question, out var earlier) || position[gate.Question] >= position[question.Id])
        {
            return $"askIf names '{gate.Question}', which is not a question asked before it.";
        }

        if (earlier.Later && !question.Later)
        {
            return $"it is in the first pass but waits on '{gate.Question}', which is asked later; mark it \"later\" too.";
        }

        if (gate.Includes is { } includes)
        {
            return earlier.Answer.Type != AnswerType.MultiChoice
                ? $"'includes' needs a multiChoice question, and '{gate.Question}' is {earlier.Answer.Type}."
                : UnknownChoice(earlier, includes);
        }

        return (gate.Is ?? gate.IsNot) is { } value ? ValueProblem(earlier, value) : null;
    }

    private static string? ValueProblem(QuestionScript earlier, JsonElement value) => earlier.Answer.Type switch
    {
        AnswerType.YesNo when value.ValueKind is not (JsonValueKind.True or JsonValueKind.False) =>
            $"'{earlier.Id}' is yes/no, so compare it with true or false.",
        AnswerType.Number or AnswerType.Quantity or AnswerType.Frequency or AnswerType.Duration when value.ValueKind != JsonValueKind.Number =>
            $"'{earlier.Id}' is a number, so compare it with a number.",
        AnswerType.Choice => UnknownChoice(earlier, value),
        AnswerType.MultiChoice or AnswerType.Text => $"'{earlier.Id}' is {earlier.Answer.Type}: use 'includes' or 'known'.",
        _ => null,
    };

    private static string? UnknownChoice(QuestionScript earlier, JsonElement value)
    {
        var values = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Select(v => v.GetString()).ToList() : [value.ValueKind == JsonValueKind.String ? value.GetString() : null];
        var unknown = values.FirstOrDefault(v => v is null || earlier.Answer.Choices.All(c => c.Value != v));
        return values.Any(v => v is null || earlier.Answer.Choices.All(c => c.Value != v))
            ? $"'{unknown ?? value.ToString()}' is not one of the choice values of '{earlier.Id}'."
            : null;
    }

    private static string? FillProblem(QuestionScript screen, string fills, Dictionary<string, QuestionScript> byId, Dictionary<string, int> position)
    {
        if (!byId.TryGetValue(fills, out var target) || position[fills] <= position[screen.Id])
        {
            return $"'fills' names '{fills}', which is not a question asked after it.";
        }

        var yesNo = target.Answer.Type == AnswerType.YesNo
            || (target.Answer.Type == AnswerType.Choice && target.Answer.Choices.Any(c => c.Value == "yes") && target.Answer.Choices.Any(c => c.Value == "no"));
        if (!yesNo)
        {
            return $"'{fills}' must be yes/no (or a choice with the values yes and no) to be filled by a tick.";
        }

        return screen.Later && !target.Later ? $"it is asked later but fills '{fills}', which is in the first pass." : null;
    }
}
