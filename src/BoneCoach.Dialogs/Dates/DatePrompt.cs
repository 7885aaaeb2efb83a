using Microsoft.Bot.Builder;

namespace BoneCoach.Dialogs;

/// <summary>Asks when or how long: "8 years ago", "in 2019", "last March", "2 weeks"; today comes from the TimeProvider.</summary>
public class DatePrompt : Prompt<DateAnswer>
{
    private readonly TimeProvider _timeProvider;

    public DatePrompt(string dialogId, TimeProvider timeProvider, DateAnswerKind accept = DateAnswerKind.Any, PromptValidator<DateAnswer>? validator = null, string? defaultLocale = null)
        : base(dialogId, validator)
    {
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        Accept = accept;
        DefaultLocale = defaultLocale;
    }

    /// <summary>The kinds of answer taken; others are asked again.</summary>
    public DateAnswerKind Accept { get; }

    /// <summary>Whether an ambiguous date ("March") means the past one (default) or the next one.</summary>
    public bool PreferPast { get; set; } = true;

    protected override Task<PromptRecognizerResult<DateAnswer>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, PromptInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var reference = _timeProvider.GetLocalNow().DateTime;
        var answer = DateParser.Read(input.Text, CultureOf(turnContext), reference, Accept, PreferPast);
        return Task.FromResult(answer is null ? PromptRecognizerResult<DateAnswer>.Failure() : PromptRecognizerResult<DateAnswer>.Success(answer));
    }
}
