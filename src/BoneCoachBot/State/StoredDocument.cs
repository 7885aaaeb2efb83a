using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BoneCoachBot.State;

/// <summary>
/// The one on-storage format of a state item, shared by every backend: plain JSON in an envelope
/// <c>{ "schemaVersion": 1, "document": { ... } }</c>. No .NET type names (botbuilder-dotnet #2437, #696),
/// so renaming a class never strands stored users. The ETag is metadata of the stored item, never part of it.
/// </summary>
public static class StoredDocument
{
    /// <summary>Bump when the envelope changes; <see cref="Parse"/> keeps loading every older version.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>The property a read item carries its ETag in, where <c>BotState</c> keeps it between read and write.</summary>
    public const string ETagProperty = "eTag";

    private const string SchemaVersionProperty = "schemaVersion";
    private const string RevisionProperty = "revision";
    private const string DocumentProperty = "document";

    private static readonly JsonSerializerSettings Settings = new()
    {
        TypeNameHandling = TypeNameHandling.None,
        // Keep dates as the strings they were: a typed property still reads them back, and free text that looks like a date stays text.
        DateParseHandling = DateParseHandling.None,
        NullValueHandling = NullValueHandling.Include,
        ReferenceLoopHandling = ReferenceLoopHandling.Error,
        ContractResolver = new SchemaNullsOmitted(),
    };

    private static readonly JsonSerializer Serializer = JsonSerializer.Create(Settings);

    // Line numbers are kept by default, an annotation on every token: a tenth of a read's allocations, for error
    // messages about hand-edited JSON that a stored item never needs.
    private static readonly JsonLoadSettings LoadSettings = new() { LineInfoHandling = LineInfoHandling.Ignore };

    /// <summary>The item as stored: plain JSON in the current envelope, without its ETag.</summary>
    /// <param name="value">The item.</param>
    /// <param name="revision">For stores whose ETag is a hash of the bytes: counts writes, so every write changes the ETag.</param>
    public static string Serialize(object value, long? revision = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        return StoredText.Write(text =>
        {
            using var writer = new JsonTextWriter(text) { Formatting = Formatting.None, ArrayPool = JsonCharPool.Shared };
            writer.WriteStartObject();
            writer.WritePropertyName(SchemaVersionProperty);
            writer.WriteValue(CurrentSchemaVersion);
            if (revision is not null)
            {
                writer.WritePropertyName(RevisionProperty);
                writer.WriteValue(revision.Value);
            }

            writer.WritePropertyName(DocumentProperty);
            // Written straight from the item, less its ETag: a copy first (ToDocument) doubled the cost of every save.
            var document = value as JObject ?? JObject.FromObject(value, Serializer);
            writer.WriteStartObject();
            foreach (var property in document.Properties().Where(p => !IsETagName(p.Name)))
            {
                property.WriteTo(writer);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        });
    }

    /// <summary>The revision a stored item carries; 0 for none or for an item from before revisions.</summary>
    public static long RevisionOf(string json)
    {
        var root = Load(json);
        return root[RevisionProperty] is { Type: JTokenType.Integer } revision ? revision.Value<long>() : 0;
    }

    /// <summary>A plain copy of a value, without its ETag: what a write stores and what a read hands back.</summary>
    public static JObject ToDocument(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var document = value is JObject json ? (JObject)json.DeepClone() : JObject.FromObject(value, Serializer);
        RemoveETag(document);
        return document;
    }

    /// <summary>One value of an item as stored JSON (a token is copied), written as <see cref="ToDocument"/> writes it.</summary>
    public static JToken ToToken(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value is JToken token ? token.DeepClone() : JToken.FromObject(value, Serializer);
    }

    /// <summary>
    /// <paramref name="document"/> itself, its ETag removed: for an item just read from storage, which nothing else
    /// holds, so the copy <see cref="ToDocument"/> makes would only cost time.
    /// </summary>
    public static JObject WithoutETag(JObject document)
    {
        ArgumentNullException.ThrowIfNull(document);
        RemoveETag(document);
        return document;
    }

    /// <summary>The document from any schema version this code knows, with <paramref name="eTag"/> set on it.</summary>
    public static JObject Parse(string json, string eTag)
    {
        var document = Upgrade(Load(json));
        document[ETagProperty] = eTag;
        return document;
    }

    private static JObject Load(string json)
    {
        // A byte-order mark from a hand-edited file is not JSON.
        using var reader = new JsonTextReader(new StringReader(json.TrimStart('\uFEFF')))
        {
            DateParseHandling = DateParseHandling.None,
            ArrayPool = JsonCharPool.Shared,
        };
        return JObject.Load(reader, LoadSettings);
    }

    // Version 0 is what the first FileStorage wrote: the bare document, no envelope.
    private static JObject Upgrade(JObject root)
    {
        if (root[SchemaVersionProperty] is not { Type: JTokenType.Integer } version)
        {
            return root;
        }

        var number = version.Value<int>();
        if (number > CurrentSchemaVersion)
        {
            throw new NotSupportedException(
                $"A state item has schema version {number}, newer than this build understands ({CurrentSchemaVersion}). Deploy the newer BoneCoachBot.");
        }

        return root[DocumentProperty] as JObject ?? new JObject();
    }

    private static void RemoveETag(JObject document)
    {
        // IStoreItem serialises as "ETag", BotState's dictionary carries "eTag": neither is content.
        foreach (var name in document.Properties().Select(p => p.Name).Where(IsETagName).ToList())
        {
            document.Remove(name);
        }
    }

    /// <summary>IStoreItem serialises its ETag as "ETag", BotState's dictionary as "eTag".</summary>
    public static bool IsETagName(string name) => string.Equals(name, ETagProperty, StringComparison.OrdinalIgnoreCase);
}
