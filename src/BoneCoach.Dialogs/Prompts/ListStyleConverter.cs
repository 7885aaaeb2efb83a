using Newtonsoft.Json;

namespace BoneCoach.Dialogs;

/// <summary>
/// Writes a <see cref="ListStyle"/> by name. Before it took the SDK's order the enum was Auto, None, List,
/// SuggestedAction and was stored as a number, so a number still in a conversation's state is read in that old order.
/// </summary>
public sealed class ListStyleConverter : JsonConverter<ListStyle>
{
    private static readonly ListStyle[] StoredBeforeSdkOrder = [ListStyle.Auto, ListStyle.None, ListStyle.List, ListStyle.SuggestedAction];

    public override void WriteJson(JsonWriter writer, ListStyle value, JsonSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteValue(value.ToString());
    }

    public override ListStyle ReadJson(JsonReader reader, Type objectType, ListStyle existingValue, bool hasExistingValue, JsonSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.TokenType switch
        {
            JsonToken.String when Enum.TryParse<ListStyle>((string)reader.Value!, ignoreCase: true, out var named) => named,
            JsonToken.Integer when Convert.ToInt64(reader.Value, System.Globalization.CultureInfo.InvariantCulture) is var number
                && number >= 0 && number < StoredBeforeSdkOrder.Length => StoredBeforeSdkOrder[number],
            _ => ListStyle.Auto,
        };
    }
}
