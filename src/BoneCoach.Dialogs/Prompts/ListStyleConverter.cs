using Newtonsoft.Json;

namespace BoneCoach.Dialogs;

/// <summary>
/// Writes a <see cref="ListStyle"/> by name (null as null). Before it took the SDK's order the enum was Auto, None, List,
/// SuggestedAction and was stored as a number, so a number still in a conversation's state is read in that old order.
/// </summary>
public sealed class ListStyleConverter : JsonConverter
{
    private static readonly ListStyle[] StoredBeforeSdkOrder = [ListStyle.Auto, ListStyle.None, ListStyle.List, ListStyle.SuggestedAction];

    public override bool CanConvert(Type objectType) => objectType == typeof(ListStyle) || objectType == typeof(ListStyle?);

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is ListStyle style)
        {
            writer.WriteValue(style.ToString());
        }
        else
        {
            writer.WriteNull();
        }
    }

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.TokenType switch
        {
            JsonToken.Null when objectType == typeof(ListStyle?) => null,
            JsonToken.String when Enum.TryParse<ListStyle>((string)reader.Value!, ignoreCase: true, out var named) => named,
            JsonToken.Integer when Convert.ToInt64(reader.Value, System.Globalization.CultureInfo.InvariantCulture) is var number
                && number >= 0 && number < StoredBeforeSdkOrder.Length => StoredBeforeSdkOrder[number],
            _ => ListStyle.Auto,
        };
    }
}
