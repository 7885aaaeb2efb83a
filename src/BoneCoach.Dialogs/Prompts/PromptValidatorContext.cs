using Microsoft.Bot.Builder;

namespace BoneCoach.Dialogs;

/// <summary>What a validator sees: the recognized value, the prompt's options and state, and the attempt number.</summary>
public class PromptValidatorContext<T>
{
    internal PromptValidatorContext(ITurnContext turnContext, PromptRecognizerResult<T> recognized, IDictionary<string, object> state, PromptOptions options, int attemptCount)
    {
        Context = turnContext;
        Recognized = recognized;
        State = state;
        Options = options;
        AttemptCount = attemptCount;
    }

    public ITurnContext Context { get; }

    public PromptRecognizerResult<T> Recognized { get; }

    public IDictionary<string, object> State { get; }

    public PromptOptions Options { get; }

    /// <summary>How many answers the user has given to this prompt, this one included.</summary>
    public int AttemptCount { get; }
}
