using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace BoneCoach.Dialogs;

/// <summary>Adds choices to a prompt the way the channel shows them best.</summary>
public static class ChoiceRenderer
{
    /// <summary>A copy of <paramref name="prompt"/> with the choices shown in <paramref name="style"/> (resolved for the channel).</summary>
    public static IMessageActivity Render(Activity? prompt, IList<Choice> choices, ListStyle style, ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(choices);
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;

        // A copy: the prompt in dialog state must not pick up this turn's buttons or addresses.
        var message = prompt is null ? MessageFactory.Text(string.Empty) : ActivityCopy.Of(prompt);
        message.InputHint ??= InputHints.ExpectingInput;

        switch (Resolve(style, activity?.ChannelId, activity?.Conversation?.ConversationType, choices.Count))
        {
            case ListStyle.SuggestedAction:
                message.SuggestedActions = new SuggestedActions
                {
                    Actions = choices.Select(c => new CardAction(ActionTypes.ImBack, c.Value, value: c.Value)).ToList(),
                };
                break;
            case ListStyle.HeroCard:
                var card = new HeroCard(text: message.Text, buttons: choices.Select(c => new CardAction(ActionTypes.ImBack, c.Value, value: c.Value)).ToList());
                message.Text = null;
                message.Attachments = [card.ToAttachment()];
                break;
            case ListStyle.Inline:
                message.Text = Append(message.Text, InlineList(choices));
                break;
            case ListStyle.List:
                message.Text = Append(message.Text, NumberedList(choices));
                break;
        }

        return message;
    }

    /// <summary>Auto becomes suggested actions where the channel can show them all, otherwise a list.</summary>
    public static ListStyle Resolve(ListStyle style, string? channelId, string? conversationType, int count)
    {
        if (style != ListStyle.Auto)
        {
            return style;
        }

        return ChannelCapabilities.SupportsSuggestedActions(channelId, conversationType, count) ? ListStyle.SuggestedAction : ListStyle.List;
    }

    private static string Append(string? text, string list) => string.IsNullOrWhiteSpace(text) ? list : $"{text}\n\n{list}";

    private static string NumberedList(IList<Choice> choices) => string.Join("\n", choices.Select((c, i) => $"{i + 1}. {c.Value}"));

    private static string InlineList(IList<Choice> choices) =>
        string.Join(", ", choices.Take(choices.Count - 1).Select((c, i) => $"{i + 1}. {c.Value}"))
        + (choices.Count > 1 ? " or " : string.Empty) + $"{choices.Count}. {choices[^1].Value}";
}
