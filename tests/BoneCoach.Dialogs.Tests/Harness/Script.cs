using System.Globalization;
using Microsoft.Bot.Builder;

namespace BoneCoach.Dialogs.Tests.Harness;

/// <summary>Small building blocks so test dialogs read like the conversation they run.</summary>
public static class Script
{
    public const string RootId = "root";
    public const string WaterfallId = "flow";

    /// <summary>A component holding one waterfall and its prompts, as a product dialog would.</summary>
    public static ComponentDialog Root(IEnumerable<WaterfallStep> steps, params Dialog[] prompts)
    {
        var root = new ComponentDialog(RootId);
        root.AddDialog(new WaterfallDialog(WaterfallId, steps));
        foreach (var prompt in prompts)
        {
            root.AddDialog(prompt);
        }

        return root;
    }

    /// <summary>A step that asks with the given prompt.</summary>
    public static WaterfallStep Ask(string promptId, string question, Action<PromptOptions>? configure = null) => (step, ct) =>
    {
        var options = new PromptOptions { Prompt = MessageFactory.Text(question) };
        configure?.Invoke(options);
        return step.PromptAsync(promptId, options, ct);
    };

    /// <summary>A step that stores the previous answer under <paramref name="key"/> and asks the next question.</summary>
    public static WaterfallStep Keep(string key, string promptId, string question, Action<PromptOptions>? configure = null) => (step, ct) =>
    {
        step.Values[key] = Describe(step.Result);
        return Ask(promptId, question, configure)(step, ct);
    };

    /// <summary>A last step that says "got X" for the answer and ends with it.</summary>
    public static WaterfallStep Echo() => async (step, ct) =>
    {
        await step.Context.SendActivityAsync($"got {Describe(step.Result)}", cancellationToken: ct);
        return await step.EndDialogAsync(step.Result, ct);
    };

    /// <summary>A last step that stores the answer and lists every value, to show what was kept.</summary>
    public static WaterfallStep Summary(string key) => async (step, ct) =>
    {
        step.Values[key] = Describe(step.Result);
        var summary = string.Join(", ", step.Values.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key}={v.Value}"));
        await step.Context.SendActivityAsync(summary, cancellationToken: ct);
        return await step.EndDialogAsync(null, ct);
    };

    public static string Describe(object? result) => result switch
    {
        null => "nothing",
        GaveUp gaveUp => $"gave up after {gaveUp.Attempts}",
        Skipped => "skipped",
        Unknown => "unknown",
        FoundChoice choice => $"{choice.Value} (#{choice.Index + 1})",
        bool yes => yes ? "yes" : "no",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => result.ToString() ?? "nothing",
    };
}
