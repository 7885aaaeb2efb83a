using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace BoneCoachBot.State;

/// <summary>
/// Reads the ETag a caller wrote with, and hands the new one back on the caller's object, whatever shape it has:
/// an <see cref="IStoreItem"/>, BotState's dictionary, or a <see cref="JObject"/>.
/// </summary>
public static class ItemETag
{
    /// <summary>Overwrite whatever is stored.</summary>
    public const string Any = "*";

    /// <summary>The write condition of a value: null means "a new item", <see cref="Any"/> means "overwrite".</summary>
    public static string? Of(object value) => value switch
    {
        IStoreItem item => Normalise(item.ETag),
        JObject json => Normalise(FindIn(json)),
        IDictionary<string, object> dictionary => Normalise(FindIn(dictionary)),
        _ => null,
    };

    /// <summary>After a successful write, so the caller's next write in the same turn matches again.</summary>
    public static void Set(object value, string eTag)
    {
        switch (value)
        {
            case IStoreItem item:
                item.ETag = eTag;
                break;
            case JObject json:
                json[StoredDocument.ETagProperty] = eTag;
                break;
            case IDictionary<string, object> dictionary when !dictionary.IsReadOnly:
                dictionary[StoredDocument.ETagProperty] = eTag;
                break;
        }
    }

    private static string? FindIn(JObject json) =>
        json.Properties().FirstOrDefault(p => IsETagName(p.Name))?.Value is JValue { Type: JTokenType.String } value
            ? value.Value<string>()
            : null;

    private static string? FindIn(IDictionary<string, object> dictionary) =>
        dictionary.FirstOrDefault(pair => IsETagName(pair.Key)).Value?.ToString();

    private static bool IsETagName(string name) =>
        string.Equals(name, StoredDocument.ETagProperty, StringComparison.OrdinalIgnoreCase);

    private static string? Normalise(string? eTag) => string.IsNullOrEmpty(eTag) ? null : eTag;
}
