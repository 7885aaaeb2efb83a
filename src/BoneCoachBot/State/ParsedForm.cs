using System.Globalization;
using System.Numerics;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BoneCoachBot.State;

/// <summary>
/// Gives a document built from objects the values a parse of its stored text gives: an int as a long, a decimal as a
/// double, a date as its text. A document a turn saves then compares with, and stands in for, the one read back.
/// </summary>
public static class ParsedForm
{
    /// <summary>Changes <paramref name="token"/> in place; false if it holds what a parse never gives (raw JSON, a comment).</summary>
    public static bool Apply(JToken token)
    {
        switch (token)
        {
            case JValue value:
                if (!IsAsParsed(value))
                {
                    if (value.Type is JTokenType.Raw or JTokenType.Comment or JTokenType.Undefined)
                    {
                        return false;
                    }

                    // The value itself, not Replace: Replace keeps a token it thinks equal (63.5m for 63.5, 3 for 3L).
                    value.Value = ParsedValue(value);
                }

                return true;
            case JContainer container:
                // Walked by sibling links, which allocate nothing.
                for (var child = container.First; child is not null; child = child.Next)
                {
                    if (!Apply(child))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return false;
        }
    }

    private static bool IsAsParsed(JValue value) => value.Value switch
    {
        null => value.Type == JTokenType.Null,
        string => value.Type == JTokenType.String,
        bool or long or BigInteger => true,
        // Written as text ("NaN"), so parsed back as text.
        double number => double.IsFinite(number),
        _ => false,
    };

    // What a parse of the written value gives: the common cases (a dialog's step index is an int) directly, the rest
    // (dates, Guids, a float that is not finite) written as StoredDocument.Serialize writes them and read back.
    private static object? ParsedValue(JValue value) => value.Value switch
    {
        int or short or sbyte or byte or ushort or uint => Convert.ToInt64(value.Value, CultureInfo.InvariantCulture),
        // Newtonsoft writes a float with "R" and a decimal as it is; the reader parses either text as a double.
        float number when float.IsFinite(number) => double.Parse(number.ToString("R", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
        decimal number => double.Parse(number.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
        _ => Reparsed(value).Value,
    };

    private static JValue Reparsed(JValue value)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var writer = new JsonTextWriter(text))
        {
            value.WriteTo(writer);
        }

        using var reader = new JsonTextReader(new StringReader(text.ToString())) { DateParseHandling = DateParseHandling.None };
        return (JValue)JToken.ReadFrom(reader);
    }
}
