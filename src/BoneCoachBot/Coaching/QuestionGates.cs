using System.Text.Json;
using BoneCoachBot.Script;

namespace BoneCoachBot.Coaching;

/// <summary>Whether a question's askIf gates hold for her answers so far (dialogs/script.schema.json, "gate").</summary>
public static class QuestionGates
{
    public static bool Allow(QuestionScript question, AnswerSheet answers)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(answers);
        return question.AskIf.All(gate => Holds(gate, answers));
    }

    private static bool Holds(QuestionGate gate, AnswerSheet answers)
    {
        if (answers.Stored(gate.Question) is not { } answer)
        {
            // Not given (skipped, not known): "not sure" means ask, where the gate says so.
            return gate.OrUnknown || gate.Known == false;
        }

        if (gate.Known is { } known)
        {
            return known;
        }

        if (gate.Includes is { } includes)
        {
            return Values(includes).Any(value => answer.Choices?.Contains(value, StringComparer.Ordinal) == true);
        }

        return gate.Is is { } value ? Matches(answer, value) : !Matches(answer, gate.IsNot!.Value);
    }

    private static bool Matches(StoredAnswer answer, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => answer.YesNo == true,
        JsonValueKind.False => answer.YesNo == false,
        JsonValueKind.Number => answer.Number == value.GetDouble(),
        _ => answer.Choice is { } choice && Values(value).Contains(choice, StringComparer.Ordinal),
    };

    private static IEnumerable<string> Values(JsonElement value) =>
        value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Select(v => v.GetString()!) : [value.GetString()!];
}
