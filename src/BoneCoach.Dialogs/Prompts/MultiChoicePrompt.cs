using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace BoneCoach.Dialogs;

/// <summary>
/// Asks her to pick any number of PromptOptions.Choices. Where Adaptive Cards show, the question carries a card with a
/// multi-select Input.ChoiceSet and a "done" and a "none" button; elsewhere the choices are listed and she says them
/// in her words (<see cref="MultiChoiceReader"/>). Ends with a <see cref="ChosenSet"/> (empty for "none").
/// </summary>
public class MultiChoicePrompt : Prompt<ChosenSet>
{
    public const string CardContentType = "application/vnd.microsoft.card.adaptive";

    public MultiChoicePrompt(string dialogId, PromptValidator<ChosenSet>? validator = null, string? defaultLocale = null)
        : base(dialogId, validator)
    {
        DefaultLocale = defaultLocale;
    }

    /// <summary>The card's submit button.</summary>
    public string DoneLabel { get; set; } = "Done";

    /// <summary>The card's button for none of them; it sends these words as her message.</summary>
    public string NoneLabel { get; set; } = "None of these";

    /// <summary>How the list is shown when PromptOptions.Style is not set: Auto is a card where cards show, a numbered list elsewhere.</summary>
    public ListStyle Style { get; set; } = ListStyle.Auto;

    protected override Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var prompt = PromptOrRetry(options, isRetry);
        var choices = options.Choices ?? [];
        var activity = turnContext.Activity;
        var message = prompt is null ? MessageFactory.Text(string.Empty) : ActivityCopy.Of(prompt);
        message.InputHint ??= InputHints.ExpectingInput;
        var style = options.Style ?? Style;
        if (style == ListStyle.Auto && ChannelCapabilities.SupportsAdaptiveCards(activity?.ChannelId, activity?.Conversation?.ConversationType))
        {
            message.Attachments = [new Attachment(CardContentType, content: Card(choices))];
        }
        else if (style != ListStyle.None)
        {
            message.Text = $"{message.Text}\n\n{string.Join("\n", choices.Select((c, i) => $"{i + 1}. {c.Value}"))}".Trim();
        }

        return turnContext.SendActivityAsync(message, cancellationToken);
    }

    protected override Task<PromptRecognizerResult<ChosenSet>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, PromptInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(input);
        var choices = options.Choices ?? [];
        var found = input.Submitted is null ? MultiChoiceReader.Read(input.Text, choices, CultureOf(turnContext)) : FromCard(input.Submitted, choices);
        return Task.FromResult(found is null ? PromptRecognizerResult<ChosenSet>.Failure() : PromptRecognizerResult<ChosenSet>.Success(found));
    }

    // The card posts the ticked values comma-separated ("calcium,vitaminD"); nothing ticked is no answer, not "none".
    private static ChosenSet? FromCard(JToken submitted, IList<Choice> choices)
    {
        var values = (submitted.Type == JTokenType.Array ? submitted.Values<string>() : (submitted.Value<string>() ?? string.Empty).Split(','))
            .Select(v => v?.Trim()).Where(v => !string.IsNullOrEmpty(v)).ToHashSet(StringComparer.Ordinal);
        if (values.Count == 0 || values.Any(v => !choices.Any(c => c.Value == v)))
        {
            return null;
        }

        return new ChosenSet(choices.Select(c => c.Value).Where(values.Contains).ToList());
    }

    private JObject Card(IList<Choice> choices) => new()
    {
        ["type"] = "AdaptiveCard",
        ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
        ["version"] = "1.3",
        ["body"] = new JArray(new JObject
        {
            ["type"] = "Input.ChoiceSet",
            ["id"] = Id,
            ["isMultiSelect"] = true,
            ["style"] = "expanded",
            ["choices"] = new JArray(choices.Select(c => new JObject { ["title"] = c.Value, ["value"] = c.Value })),
        }),
        ["actions"] = new JArray(
            new JObject { ["type"] = "Action.Submit", ["title"] = DoneLabel, ["data"] = new JObject() },
            // String data arrives as her text, which reads as "none" like typing it would.
            new JObject { ["type"] = "Action.Submit", ["title"] = NoneLabel, ["data"] = NoneLabel }),
    };
}
