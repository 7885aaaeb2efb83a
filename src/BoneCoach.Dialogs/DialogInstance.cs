using Newtonsoft.Json;

namespace BoneCoach.Dialogs;

/// <summary>One entry of the dialog stack: which dialog, and its persisted state.</summary>
public sealed class DialogInstance
{
    [JsonProperty("id")]
    public string Id { get; set; } = string.Empty;

    // Plain JSON: after a storage round trip nested values come back as JObject/JArray and numbers as long.
    // Read them through StateValue.As<T>, never by casting.
    [JsonProperty("state")]
    public IDictionary<string, object> State { get; set; } = new Dictionary<string, object>();
}
