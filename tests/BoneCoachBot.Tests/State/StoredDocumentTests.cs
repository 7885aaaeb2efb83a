using BoneCoachBot.State;
using Newtonsoft.Json.Linq;

namespace BoneCoachBot.Tests.State;

public sealed class StoredDocumentTests
{
    [Fact]
    public void A_stored_item_is_an_envelope_with_the_schema_version_and_no_etag_or_type_names()
    {
        var json = JObject.Parse(StoredDocument.Serialize(new JObject { ["answer"] = "63.5 kg", ["eTag"] = "\"abc\"" }));

        Assert.Equal(StoredDocument.CurrentSchemaVersion, json["schemaVersion"]!.Value<int>());
        Assert.Equal("63.5 kg", json["document"]!["answer"]!.Value<string>());
        Assert.Null(json["document"]!["eTag"]);
        Assert.DoesNotContain("$type", json.ToString());
    }

    [Fact]
    public void Text_that_looks_like_a_date_comes_back_as_the_same_text()
    {
        var stored = StoredDocument.Serialize(new JObject { ["answer"] = "2024-03-01T10:00:00+01:00" });

        var read = StoredDocument.Parse(stored, "\"1\"");

        Assert.Equal(JTokenType.String, read["answer"]!.Type);
        Assert.Equal("2024-03-01T10:00:00+01:00", read["answer"]!.Value<string>());
    }

    [Fact]
    public void A_bare_document_from_before_schema_versions_loads_as_it_is()
    {
        var read = StoredDocument.Parse("""{ "ConversationFlags": { "Welcomed": true } }""", "\"1\"");

        Assert.True(read["ConversationFlags"]!["Welcomed"]!.Value<bool>());
        Assert.Equal("\"1\"", read["eTag"]!.Value<string>());
    }

    [Fact]
    public void An_item_from_a_newer_build_is_refused_rather_than_misread()
    {
        var failure = Assert.Throws<NotSupportedException>(
            () => StoredDocument.Parse("""{ "schemaVersion": 99, "document": {} }""", "\"1\""));

        Assert.Contains("99", failure.Message);
    }
}
