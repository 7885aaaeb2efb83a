using System.Text.Json;
using BoneCoachBot.Script;

namespace BoneCoachBot.Coaching;

/// <summary>
/// Questions a list answered for her: ticking or not ticking "a fall in the last year" in the history list answers the
/// falls question, so that question holds an answer she was never asked. Not so when she skipped the list: then each
/// of its questions is asked on its own.
/// </summary>
public static class ListFills
{
    public static bool Filled(ConversationScript script, AnswerSheet answers, string questionId)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(answers);
        return Questions(script)
            .Any(list => answers.Stored(list.Id)?.Choices is not null && list.Answer.Choices.Any(choice => choice.Fills == questionId));
    }

    /// <summary>
    /// Whether a fact she gave for <paramref name="question"/> can be kept: its gates hold, or hold once the list they
    /// read gets the tick the fact implies ("1000 IU of D3" ticks vitamin D when the supplements list had only calcium).
    /// The tick is made in <paramref name="answers"/>; nothing changes when the fact can't be kept (a zero says she
    /// doesn't take it, and a yes/no or choice gate is hers to answer).
    /// </summary>
    public static bool Admit(ConversationScript script, Dictionary<string, StoredAnswer> answers, QuestionScript question, StoredAnswer fact)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(fact);
        if (QuestionGates.Allow(question, new AnswerSheet(answers)))
        {
            return true;
        }

        if (fact.Number is not > 0)
        {
            return false;
        }

        var trial = new Dictionary<string, StoredAnswer>(answers, StringComparer.Ordinal);
        foreach (var gate in question.AskIf.Where(g => g.Tick && g.Includes is { ValueKind: JsonValueKind.String }))
        {
            if (trial.GetValueOrDefault(gate.Question) is { Choices: { } chosen } && ListQuestion(script, gate.Question) is { } list)
            {
                trial[gate.Question] = Ticked(list, chosen, gate.Includes!.Value.GetString()!);
            }
        }

        if (!QuestionGates.Allow(question, new AnswerSheet(trial)))
        {
            return false;
        }

        foreach (var (id, answer) in trial)
        {
            answers[id] = answer;
        }

        return true;
    }

    /// <summary>Every kept value whose gates no longer hold gets its list's tick back (see <see cref="Admit"/>).</summary>
    public static void AdmitKept(ConversationScript script, Dictionary<string, StoredAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(answers);
        foreach (var question in Questions(script).Where(q => q.AskIf.Any(g => g.Tick)))
        {
            if (answers.TryGetValue(question.Id, out var kept) && !kept.Skipped)
            {
                Admit(script, answers, question, kept);
            }
        }
    }

    /// <summary>A yes kept for <paramref name="questionId"/> after her list was answered: the list gets the tick that fills it.</summary>
    public static void TickFilling(ConversationScript script, Dictionary<string, StoredAnswer> answers, string questionId)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(answers);
        foreach (var list in Questions(script).Where(q => q.Answer.Type == AnswerType.MultiChoice))
        {
            if (answers.GetValueOrDefault(list.Id) is { Choices: { } chosen } && list.Answer.Choices.FirstOrDefault(c => c.Fills == questionId) is { } choice
                && !chosen.Contains(choice.Value, StringComparer.Ordinal))
            {
                answers[list.Id] = Ticked(list, chosen, choice.Value);
            }
        }
    }

    /// <summary>
    /// A no kept for <paramref name="questionId"/> after her list ticked it ("never" at how many falls): the tick goes, so
    /// the list and the answer agree. <paramref name="noneReadable"/> is the list's readable form when nothing is left.
    /// </summary>
    public static void UntickFilling(ConversationScript script, Dictionary<string, StoredAnswer> answers, string questionId, string noneReadable)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(answers);
        foreach (var list in Questions(script).Where(q => q.Answer.Type == AnswerType.MultiChoice))
        {
            if (answers.GetValueOrDefault(list.Id) is { Choices: { } chosen } && list.Answer.Choices.FirstOrDefault(c => c.Fills == questionId) is { } choice
                && chosen.Contains(choice.Value, StringComparer.Ordinal))
            {
                var picked = list.Answer.Choices.Where(c => c.Value != choice.Value && chosen.Contains(c.Value, StringComparer.Ordinal)).ToList();
                answers[list.Id] = new StoredAnswer
                {
                    Choices = [.. picked.Select(c => c.Value)],
                    Readable = picked.Count == 0 ? noneReadable : string.Join(", ", picked.Select(c => c.Title)),
                };
            }
        }
    }

    private static IEnumerable<QuestionScript> Questions(ConversationScript script) => CoachingParts.InOrder.SelectMany(part => script[part].Questions);

    private static QuestionScript? ListQuestion(ConversationScript script, string id) =>
        Questions(script).FirstOrDefault(q => q.Id == id && q.Answer.Type == AnswerType.MultiChoice);

    // The list as she would have ticked it: the script's order, its titles as the readable form.
    private static StoredAnswer Ticked(QuestionScript list, IReadOnlyList<string> chosen, string value)
    {
        var picked = list.Answer.Choices.Where(c => c.Value == value || chosen.Contains(c.Value, StringComparer.Ordinal)).ToList();
        return new StoredAnswer { Choices = [.. picked.Select(c => c.Value)], Readable = string.Join(", ", picked.Select(c => c.Title)) };
    }
}
