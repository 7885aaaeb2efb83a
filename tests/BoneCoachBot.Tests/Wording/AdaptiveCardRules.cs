using Newtonsoft.Json.Linq;

namespace BoneCoachBot.Tests.Wording;

/// <summary>
/// The parts of the Adaptive Card 1.5 schema this card relies on, checked strictly: element and action types,
/// their known properties (a misspelt one fails), the enum values, unique ids. The official schema file is not
/// shipped by any package this workplace can install, so this stands in for it.
/// </summary>
internal static class AdaptiveCardRules
{
    private static readonly string[] Common = ["type", "id", "spacing", "separator", "isVisible", "height", "fallback", "requires"];

    private static readonly Dictionary<string, string[]> Properties = new()
    {
        ["AdaptiveCard"] = ["type", "$schema", "version", "body", "actions", "fallbackText", "speak", "lang", "minHeight", "msteams"],
        ["TextBlock"] = [.. Common, "text", "wrap", "size", "weight", "color", "isSubtle", "style", "maxLines", "horizontalAlignment", "fontType"],
        ["Container"] = [.. Common, "items", "style", "bleed", "minHeight", "verticalContentAlignment", "selectAction"],
        ["ColumnSet"] = [.. Common, "columns", "style", "bleed", "minHeight", "horizontalAlignment"],
        ["Column"] = [.. Common, "items", "width", "style", "bleed", "minHeight", "verticalContentAlignment"],
        ["FactSet"] = [.. Common, "facts"],
        ["Action.Submit"] = ["type", "id", "title", "data", "style", "iconUrl", "associatedInputs", "tooltip"],
    };

    private static readonly Dictionary<string, string[]> Values = new()
    {
        ["style"] = ["default", "emphasis", "good", "attention", "warning", "accent"],
        ["TextBlock.style"] = ["default", "heading"],
        ["Action.Submit.style"] = ["default", "positive", "destructive"],
        ["color"] = ["default", "dark", "light", "accent", "good", "warning", "attention"],
        ["size"] = ["default", "small", "medium", "large", "extralarge"],
        ["weight"] = ["default", "lighter", "bolder"],
        ["spacing"] = ["default", "none", "small", "medium", "large", "extralarge", "padding"],
        ["verticalContentAlignment"] = ["top", "center", "bottom"],
    };

    /// <summary>Every problem found; empty for a valid card.</summary>
    public static IReadOnlyList<string> Problems(JObject card)
    {
        var problems = new List<string>();
        Expect(card["type"]?.ToString() == "AdaptiveCard", "root type must be AdaptiveCard", problems);
        Expect(card["version"]?.ToString() == "1.5", "version must be 1.5", problems);
        Expect(card["body"] is JArray { Count: > 0 }, "body must be a non-empty array", problems);
        CheckElement(card, "$", problems);
        foreach (var (element, index) in (card["body"] as JArray ?? []).Select((e, i) => (e, i)))
        {
            CheckTree(element, $"$.body[{index}]", problems);
        }

        foreach (var (action, index) in (card["actions"] as JArray ?? []).Select((a, i) => (a, i)))
        {
            CheckAction(action, $"$.actions[{index}]", problems);
        }

        var ids = card.Descendants().OfType<JProperty>().Where(p => p.Name == "id").Select(p => p.Value.ToString()).ToList();
        Expect(ids.Count == ids.Distinct().Count(), "ids must be unique", problems);
        return problems;
    }

    private static void CheckTree(JToken token, string path, List<string> problems)
    {
        if (token is not JObject element)
        {
            problems.Add($"{path}: an element must be an object");
            return;
        }

        CheckElement(element, path, problems);
        var type = element["type"]?.ToString();
        Expect(type != "TextBlock" || element["text"] is JValue { Type: JTokenType.String } text && text.ToString().Trim().Length > 0,
            $"{path}: a TextBlock needs text", problems);
        Expect(type != "FactSet" || element["facts"] is JArray { Count: > 0 } facts
            && facts.All(f => f["title"] is JValue { Type: JTokenType.String } && f["value"] is JValue { Type: JTokenType.String }),
            $"{path}: a FactSet needs facts, each with a string title and value", problems);
        var children = type switch
        {
            "Container" or "Column" => ("items", element["items"]),
            "ColumnSet" => ("columns", element["columns"]),
            _ => (null, null),
        };
        if (children.Item1 is null)
        {
            return;
        }

        Expect(children.Item2 is JArray, $"{path}: {type} needs an array '{children.Item1}'", problems);
        foreach (var (child, index) in (children.Item2 as JArray ?? []).Select((c, i) => (c, i)))
        {
            Expect(type != "ColumnSet" || child["type"]?.ToString() == "Column", $"{path}.columns[{index}] must be a Column", problems);
            CheckTree(child, $"{path}.{children.Item1}[{index}]", problems);
        }
    }

    private static void CheckAction(JToken action, string path, List<string> problems)
    {
        CheckElement((JObject)action, path, problems);
        Expect(action["title"] is JValue { Type: JTokenType.String }, $"{path}: an action needs a title", problems);
        Expect(action["data"] is null or JObject or JValue { Type: JTokenType.String }, $"{path}: Action.Submit data must be an object or a string", problems);
    }

    private static void CheckElement(JObject element, string path, List<string> problems)
    {
        var type = element["type"]?.ToString() ?? "(none)";
        if (!Properties.TryGetValue(type, out var known))
        {
            problems.Add($"{path}: unknown or unsupported type '{type}'");
            return;
        }

        foreach (var property in element.Properties())
        {
            Expect(known.Contains(property.Name), $"{path}: '{property.Name}' is not a {type} property", problems);
            if ((Values.TryGetValue($"{type}.{property.Name}", out var allowed) || Values.TryGetValue(property.Name, out allowed))
                && type != "AdaptiveCard")
            {
                Expect(allowed.Contains(property.Value.ToString().ToLowerInvariant()), $"{path}.{property.Name}: '{property.Value}' is not allowed", problems);
            }
        }
    }

    private static void Expect(bool condition, string problem, List<string> problems)
    {
        if (!condition)
        {
            problems.Add(problem);
        }
    }
}
