using Microsoft.Bot.Schema;

namespace BoneCoach.Dialogs;

/// <summary>A dialog that runs its steps in order; each step's child result arrives in the next step.</summary>
public class WaterfallDialog : Dialog
{
    private const string OptionsKey = "options";
    private const string ValuesKey = "values";
    private const string StepIndexKey = "stepIndex";

    // Ours, for "back": the steps that asked something (in order) and the result each step was given.
    private const string AskedStepsKey = "askedSteps";
    private const string StepInputsKey = "stepInputs";

    private readonly List<WaterfallStep> _steps;

    public WaterfallDialog(string dialogId, IEnumerable<WaterfallStep>? steps = null)
        : base(dialogId)
    {
        _steps = steps?.ToList() ?? [];
    }

    /// <summary>When true, "back" at this waterfall's first question ends it with BackRequested so its parent goes back; otherwise the question is asked again.</summary>
    public bool PassBackToParent { get; set; }

    /// <summary>The SDK's version: the id and the number of steps, so adding a step is a new version.</summary>
    public override string GetVersion() => $"{Id}:{_steps.Count}";

    /// <summary>Appends a step.</summary>
    public WaterfallDialog AddStep(WaterfallStep step)
    {
        _steps.Add(step ?? throw new ArgumentNullException(nameof(step)));
        return this;
    }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        RejectTokenAsOptions(options);
        var state = dc.ActiveDialog!.State;
        if (options is not null)
        {
            state[OptionsKey] = options;
        }

        state[ValuesKey] = new Dictionary<string, object>();
        return await RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken).ConfigureAwait(false);
    }

    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);

        // Only messages move a waterfall on; typing, reactions and the like are ignored.
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return Task.FromResult(EndOfTurn);
        }

        return ResumeDialogAsync(dc, DialogReason.ContinueCalled, dc.Context.Activity.Text, cancellationToken);
    }

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var current = CurrentStep(dc.ActiveDialog!.State);
        return result is BackRequested
            ? GoBackAsync(dc, current, cancellationToken)
            : RunStepAsync(dc, current + 1, reason, result, cancellationToken);
    }

    /// <summary>Runs one step; override to log or time steps.</summary>
    protected virtual Task<DialogTurnResult> OnStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stepContext);
        return _steps[stepContext.Index](stepContext, cancellationToken);
    }

    internal async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count)
        {
            // Past the last step: end with the last result, as the SDK does.
            return await dc.EndDialogAsync(result, cancellationToken).ConfigureAwait(false);
        }

        var state = dc.ActiveDialog!.State;
        state[StepIndexKey] = index;
        StepInputs(state)[Key(index)] = result!;

        var options = state.TryGetValue(OptionsKey, out var stored) ? stored : null;
        var values = StateValue.GetOrCreate(state, ValuesKey, () => new Dictionary<string, object>());
        var stepContext = new WaterfallStepContext(this, dc, options, values, index, reason, result);
        var turnResult = await OnStepAsync(stepContext, cancellationToken).ConfigureAwait(false);

        if (turnResult.Status == DialogTurnStatus.Waiting && CurrentStep(state) == index)
        {
            RememberAsked(state, index);
        }

        return turnResult;
    }

    /// <summary>Whether the waterfall begun as <paramref name="instance"/> asked a question before its current step.</summary>
    internal bool HasEarlierQuestion(DialogInstance instance)
    {
        var state = instance.State;
        var current = CurrentStep(state);
        return AskedSteps(state).Any(step => step != current);
    }

    internal static void SaveOptions(IDictionary<string, object> state, object options) => state[OptionsKey] = options;

    private Task<DialogTurnResult> GoBackAsync(DialogContext dc, int current, CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog!.State;
        var asked = AskedSteps(state);
        asked.Remove(current);
        if (asked.Count == 0 && PassBackToParent)
        {
            return dc.EndDialogAsync(BackRequested.Instance, cancellationToken);
        }

        // With no earlier question in this waterfall, "back" re-asks the current one rather than leaving the dialog.
        var previous = asked.Count > 0 ? asked[^1] : current;
        if (asked.Count > 0)
        {
            asked.RemoveAt(asked.Count - 1);
        }

        var input = PromptOutcome.Restore(StepInputs(state).GetValueOrDefault(Key(previous)));
        return RunStepAsync(dc, previous, DialogReason.BackCalled, input, cancellationToken);
    }

    // The step index goes through Convert, never an (int) cast: a storage round trip hands numbers back as long (botbuilder-dotnet#871).
    private static int CurrentStep(IDictionary<string, object> state)
        => state.TryGetValue(StepIndexKey, out var index) ? Convert.ToInt32(index, System.Globalization.CultureInfo.InvariantCulture) : 0;

    private static void RememberAsked(IDictionary<string, object> state, int index)
    {
        var asked = AskedSteps(state);
        if (asked.Count == 0 || asked[^1] != index)
        {
            asked.Add(index);
        }
    }

    private static List<int> AskedSteps(IDictionary<string, object> state)
        => StateValue.GetOrCreate(state, AskedStepsKey, () => new List<int>());

    private static Dictionary<string, object> StepInputs(IDictionary<string, object> state)
        => StateValue.GetOrCreate(state, StepInputsKey, () => new Dictionary<string, object>());

    private static string Key(int index) => index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
