using Newtonsoft.Json.Linq;

namespace BoneCoachBot.ChannelRendering;

/// <summary>
/// The clinician summary's Markdown as an Adaptive Card (1.5, what Teams renders): headings become bold text blocks,
/// list items bulleted lines, everything else wrapped paragraphs. The text stays word for word the summary's, and the
/// card says which language it is in (<c>lang</c>), so a screen reader reads a Spanish summary with Spanish voices.
/// </summary>
public static class SummaryCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <param name="locale">The reply's locale ("es-ES"); its language becomes the card's <c>lang</c>.</param>
    public static JObject FromMarkdown(string markdown, string? locale = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(markdown);
        var body = new JArray();
        foreach (var line in markdown.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0))
        {
            body.Add(Block(line.Trim()));
        }

        var card = new JObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["fallbackText"] = markdown,
            ["body"] = body,
        };
        if (!string.IsNullOrWhiteSpace(locale))
        {
            card["lang"] = locale.Split('-', '_')[0].ToLowerInvariant();
        }

        return card;
    }

    private static JObject Block(string line)
    {
        var heading = line.TakeWhile(c => c == '#').Count();
        if (heading > 0)
        {
            return Text(line[heading..].Trim(), heading == 1 ? "Large" : "Medium", bold: true);
        }

        if (line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("* ", StringComparison.Ordinal))
        {
            return Text("• " + line[2..], size: null, bold: false);
        }

        return Text(line, size: null, bold: false);
    }

    private static JObject Text(string text, string? size, bool bold)
    {
        var block = new JObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true, ["spacing"] = "Small" };
        if (size is not null)
        {
            block["size"] = size;
            block["spacing"] = "Medium";
        }

        if (bold)
        {
            block["weight"] = "Bolder";
        }

        return block;
    }
}
