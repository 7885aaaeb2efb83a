using Newtonsoft.Json.Linq;

namespace BoneCoach.Dialogs.Tests.Harness;

/// <summary>Reads the stored dialog stack straight from the JSON, as a later process would see it.</summary>
public sealed class DialogStateReader(JsonRoundTripStorage storage)
{
    public JObject Document() => JObject.Parse(storage.Documents.Values.Single());

    public JArray Stack() => (JArray?)Document()[nameof(DialogState)]?["dialogStack"] ?? [];
}
