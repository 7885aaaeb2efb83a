using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace BoneCoach.Dialogs;

/// <summary>Adds choices to a prompt in a list style, as the SDK's ChoiceFactory lays them out.</summary>
public static class ChoiceRenderer
{
    // The SDK's ChoiceFactory: a title longer than this does not fit a button on every channel, so Auto writes a list.
    private const int MaxActionTitleLength = 20;

    // The SDK's ChoiceFactory: up to three short choices fit on one line.
    private const int MaxInlineChoices = 3;

    /// <summary>A copy of <paramref name="prompt"/> with the choices shown in <paramref name="style"/> (Auto resolved for the channel).</summary>
    public static IMessageActivity Render(Activity? prompt, IList<Choice> choices, ListStyle style, ITurnContext turnContext, ChoiceFactoryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;

        // A copy: the prompt in dialog state must not pick up this turn's buttons or addresses. As in the SDK, a given
        // prompt keeps its own input hint; only a message made here is marked as expecting input.
        var message = prompt is null ? MessageFactory.Text(string.Empty, inputHint: InputHints.ExpectingInput) : ActivityCopy.Of(prompt);
        var text = message.Text ?? string.Empty;
        options ??= new ChoiceFactoryOptions();

        switch (Resolve(style, activity?.ChannelId, activity?.Conversation?.ConversationType, choices))
        {
            // The SDK adds no empty button row: with no choices the prompt goes out as it is.
            case ListStyle.SuggestedAction when choices.Count > 0:
                message.SuggestedActions = new SuggestedActions { Actions = Actions(choices) };
                break;
            case ListStyle.HeroCard:
                message.Text = null;
                message.Attachments = [.. message.Attachments ?? [], new HeroCard(text: text, buttons: Actions(choices)).ToAttachment()];
                break;
            case ListStyle.Inline:
                message.Text = Inline(choices, text, options);
                break;
            case ListStyle.List:
                message.Text = List(choices, text, options);
                break;
        }

        return message;
    }

    /// <summary>
    /// Auto as the SDK's ChoiceFactory.ForChannel: suggested actions where the channel shows them all, else a hero card where
    /// it shows card buttons, else up to three choices inline; long titles (over 20 characters) always as a numbered list.
    /// </summary>
    public static ListStyle Resolve(ListStyle style, string? channelId, string? conversationType, IList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        if (style != ListStyle.Auto)
        {
            return style;
        }

        var longTitles = choices.Any(c => c.Value.Length > MaxActionTitleLength);
        return (longTitles, choices.Count) switch
        {
            (false, var n) when ChannelCapabilities.SupportsSuggestedActions(channelId, conversationType, n) => ListStyle.SuggestedAction,
            (false, var n) when ChannelCapabilities.SupportsCardActions(channelId, n) => ListStyle.HeroCard,
            (false, <= MaxInlineChoices) => ListStyle.Inline,
            _ => ListStyle.List,
        };
    }

    /// <summary>"Pick one (1) Red, (2) Green, or (3) Blue" (two choices: "(1) Yes or (2) No").</summary>
    public static string Inline(IList<Choice> choices, string? text, ChoiceFactoryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var defaults = ChoiceFactoryOptions.For("en");
        var numbered = options?.IncludeNumbers ?? true;
        var builder = new StringBuilder(text).Append(' ');
        for (var i = 0; i < choices.Count; i++)
        {
            if (i > 0)
            {
                var last = i == choices.Count - 1;
                builder.Append(!last ? options?.InlineSeparator ?? defaults.InlineSeparator
                    : choices.Count == 2 ? options?.InlineOr ?? defaults.InlineOr : options?.InlineOrMore ?? defaults.InlineOrMore);
            }

            builder.Append(numbered ? $"({i + 1}) " : string.Empty).Append(choices[i].Value);
        }

        return builder.ToString();
    }

    /// <summary>"Pick one\n\n   1. Red\n   2. Green" (without numbers, "   - Red").</summary>
    public static string List(IList<Choice> choices, string? text, ChoiceFactoryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var numbered = options?.IncludeNumbers ?? true;
        var lines = choices.Select((c, i) => (numbered ? $"{i + 1}. " : "- ") + c.Value);
        return $"{text}\n\n   {string.Join("\n   ", lines)}";
    }

    private static List<CardAction> Actions(IList<Choice> choices) =>
        choices.Select(c => new CardAction(ActionTypes.ImBack, c.Value, value: c.Value)).ToList();
}
