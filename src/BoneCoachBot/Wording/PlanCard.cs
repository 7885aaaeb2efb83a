using Newtonsoft.Json.Linq;

namespace BoneCoachBot.Wording;

/// <summary>
/// The plan as Adaptive Card JSON, version 1.5 (what Teams renders). Newtonsoft's JObject, because the
/// connector serialises attachments with Newtonsoft; the AdaptiveCards package is not available.
/// Each layer is a numbered Container in hierarchy order, coloured by status and labelled in words.
/// </summary>
internal sealed class PlanCard(CoachingWording wording)
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
    public const string Version = "1.5";
    /// <summary>The word a button sends, the same as the typed command; <see cref="CardSubmit"/> reads it back.</summary>
    public const string SummaryCommand = "summary";
    public const string FineTuneCommand = "fine-tune";

    public JObject Build(PlanLayout layout, string fallbackText)
    {
        var body = new JArray
        {
            TextBlock(layout.Title, new JObject { ["size"] = "Large", ["weight"] = "Bolder", ["style"] = "heading" }),
            TextBlock(layout.Subtitle, new JObject { ["isSubtle"] = true, ["spacing"] = "Small" }),
            TextBlock(layout.Medicines, new JObject { ["spacing"] = "Small" }),
        };
        if (layout.ClinicianTopics.Count > 0)
        {
            var topics = new JArray { TextBlock(wording.Plan(PlanTexts.ClinicianTopics), new JObject { ["weight"] = "Bolder" }) };
            foreach (var topic in layout.ClinicianTopics)
            {
                topics.Add(TextBlock("• " + topic, new JObject { ["spacing"] = "Small" }));
            }

            body.Add(Container("clinician-topics", "attention", topics.ToArray()));
        }

        if (layout.MineralsNote is not null)
        {
            body.Add(Container("note-minerals", "warning", TextBlock(layout.MineralsNote, new JObject { ["weight"] = "Bolder" })));
        }

        foreach (var row in layout.Rows)
        {
            body.Add(Row(row));
        }

        if (layout.Notes.Count > 0)
        {
            body.Add(Notes(layout.Notes));
        }

        var card = Card(body, fallbackText);
        card["actions"] = layout.CanFineTune
            ? new JArray { SummaryAction(), CommandAction(PlanTexts.FineTuneButton, FineTuneCommand) }
            : new JArray { SummaryAction() };
        return card;
    }

    /// <summary>An emergency plan is only the emergency message: no coaching, no buttons.</summary>
    public static JObject Emergency(string message) =>
        Card(new JArray { Container("emergency", "attention", TextBlock(message, new JObject { ["weight"] = "Bolder", ["size"] = "Medium" })) }, message);

    private static JObject Card(JArray body, string fallbackText) => new()
    {
        ["type"] = "AdaptiveCard",
        ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
        ["version"] = Version,
        // Shown by clients that cannot draw the card, and read by screen readers that skip it.
        ["fallbackText"] = fallbackText,
        ["speak"] = fallbackText,
        ["body"] = body,
    };

    private JObject Row(PlanRow row)
    {
        var items = new JArray { Heading(row) };
        foreach (var finding in row.Findings)
        {
            items.Add(TextBlock(finding, new JObject { ["spacing"] = "Small" }));
        }

        foreach (var step in row.Focus)
        {
            AddStep(items, step, null);
        }

        foreach (var step in row.KeepDoing)
        {
            AddStep(items, step, wording.Plan(PlanTexts.KeepDoing));
        }

        if (row.Remark is not null)
        {
            items.Add(TextBlock(row.Remark, new JObject { ["isSubtle"] = true, ["spacing"] = "Small" }));
        }

        var container = Container("layer-" + row.Layer.ToString().ToLowerInvariant(), Style(row.Tone), [.. items.Children()]);
        container["spacing"] = "Medium";
        return container;
    }

    // The number and the status in words sit beside the colour, so the order and state read without it. They keep
    // the default text colour: orange on the warning background fell below readable contrast when rendered.
    private static JObject Heading(PlanRow row) => new()
    {
        ["type"] = "ColumnSet",
        ["columns"] = new JArray
        {
            Column("auto", TextBlock(row.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
                new JObject { ["size"] = "ExtraLarge", ["weight"] = "Bolder" })),
            Column("stretch",
                TextBlock(row.LayerName, new JObject { ["weight"] = "Bolder", ["size"] = "Medium" }),
                TextBlock(row.StatusLabel, new JObject { ["weight"] = "Bolder", ["spacing"] = "None" })),
        },
    };

    private void AddStep(JArray items, PlanStep step, string? label)
    {
        var title = label is null ? step.Title : $"{label}: {step.Title}";
        items.Add(TextBlock(title, new JObject { ["weight"] = "Bolder", ["spacing"] = "Medium" }));
        if (step.Target is not null)
        {
            items.Add(TextBlock($"{wording.Plan(PlanTexts.Target)}: {step.Target}", new JObject { ["spacing"] = "None" }));
        }

        items.Add(TextBlock($"{wording.Plan(PlanTexts.Why)}: {step.Why}", new JObject { ["isSubtle"] = true, ["spacing"] = "None" }));
    }

    private JObject Notes(IReadOnlyList<string> notes)
    {
        var items = new JArray { TextBlock(wording.Plan(PlanTexts.Notes), new JObject { ["weight"] = "Bolder" }) };
        foreach (var note in notes)
        {
            items.Add(TextBlock("• " + note, new JObject { ["spacing"] = "Small" }));
        }

        var container = Container("notes", "emphasis", [.. items.Children()]);
        container["spacing"] = "Large";
        return container;
    }

    // Teams turns msteams.imBack into the typed word; Web Chat and the Emulator send the object as the activity's value.
    private JObject SummaryAction() => CommandAction(PlanTexts.SummaryButton, SummaryCommand);

    private JObject CommandAction(string titleKey, string command) => new()
    {
        ["type"] = "Action.Submit",
        ["title"] = wording.Plan(titleKey),
        ["data"] = new JObject
        {
            ["command"] = command,
            ["msteams"] = new JObject { ["type"] = "imBack", ["value"] = command },
        },
    };

    private static JObject Container(string id, string style, params JToken[] items) => new()
    {
        ["type"] = "Container",
        ["id"] = id,
        ["style"] = style,
        ["items"] = new JArray(items),
    };

    private static JObject Column(string width, params JObject[] items) => new()
    {
        ["type"] = "Column",
        ["width"] = width,
        ["verticalContentAlignment"] = "Center",
        ["items"] = new JArray(items),
    };

    private static JObject TextBlock(string text, JObject options)
    {
        var block = new JObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        block.Merge(options);
        return block;
    }

    private static string Style(RowTone tone) => tone switch
    {
        RowTone.Good => "good",
        RowTone.Warning => "warning",
        RowTone.Attention => "attention",
        _ => "emphasis",
    };
}
