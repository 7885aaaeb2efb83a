using Newtonsoft.Json.Linq;

namespace BoneCoach.Dialogs;

/// <summary>What a waterfall step sees: the dialog context plus the step's index, options, values and incoming result.</summary>
public class WaterfallStepContext : DialogContext
{
    private readonly WaterfallDialog _waterfall;
    private readonly IDictionary<string, object> _state;
    private bool _nextCalled;

    internal WaterfallStepContext(WaterfallDialog waterfall, DialogContext dc, object? options, IDictionary<string, object> values, int index, DialogReason reason, object? result)
        : base(dc.Dialogs, dc.Context, new DialogState(dc.Stack))
    {
        _waterfall = waterfall;
        _state = dc.ActiveDialog!.State;
        Parent = dc.Parent;
        Options = options;
        Values = values;
        Index = index;
        Reason = reason;
        Result = result;
    }

    /// <summary>Zero-based index of the running step.</summary>
    public int Index { get; }

    /// <summary>The options the waterfall was begun with (a JObject after a storage round trip: use GetOptions).</summary>
    public object? Options { get; private set; }

    /// <summary>Values shared by the steps of this waterfall run.</summary>
    public IDictionary<string, object> Values { get; }

    /// <summary>Why the step runs: BeginCalled, ContinueCalled, EndCalled (a child ended), NextCalled, or BackCalled.</summary>
    public DialogReason Reason { get; }

    /// <summary>The previous step's child result, or the user's text when no child ran.</summary>
    public object? Result { get; }

    /// <summary>True when this step runs again because the user went back to its question.</summary>
    public bool IsBack => Reason == DialogReason.BackCalled;

    /// <summary>The incoming result when it is a navigation outcome (GaveUp, Skipped), else null.</summary>
    public PromptOutcome? Outcome => Result as PromptOutcome;

    /// <summary>The options as <typeparamref name="T"/>; changes to the returned object are saved with the dialog.</summary>
    public T? GetOptions<T>()
        where T : class
    {
        var typed = StateValue.As<T>(Options);
        // Only the stored form (JSON after a round trip) is replaced by the live object. Options of another type are
        // read as T and left alone: asking whether they are a PartPass must not turn a RevisitAt into one.
        if (typed is not null && Options is JToken)
        {
            Options = typed;
            WaterfallDialog.SaveOptions(_state, typed);
        }

        return typed;
    }

    /// <summary>The incoming result as <typeparamref name="T"/>, whether live or restored from storage.</summary>
    public T? ResultAs<T>() => StateValue.As<T>(Result);

    /// <summary>Skips the rest of this step and runs the next one with <paramref name="result"/>; once per step.</summary>
    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (_nextCalled)
        {
            throw new InvalidOperationException(
                $"WaterfallStepContext.NextAsync(): already called for step {Index} of '{_waterfall.Id}'. Call it at most once per step.");
        }

        _nextCalled = true;
        return _waterfall.ResumeDialogAsync(this, DialogReason.NextCalled, result, cancellationToken);
    }
}
