using BoneCoachBot.State;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
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

    [Fact]
    public void A_prompt_activity_is_stored_without_its_nulls_and_reads_back_the_same()
    {
        var prompt = (Activity)MessageFactory.SuggestedActions(new[] { "Yes", "No" }, "Shall we start?", null, null);
        var state = new Dictionary<string, object> { ["DialogState"] = new { Prompt = prompt, Note = (string?)null } };

        var stored = StoredDocument.Serialize(StoredDocument.ToDocument(state));

        var written = JObject.Parse(stored)["document"]!["DialogState"]!;
        Assert.Null(written["Prompt"]!["speak"]);
        Assert.Equal(JTokenType.Null, written["Note"]!.Type);
        var read = StoredDocument.Parse(stored, "\"1\"")["DialogState"]!["Prompt"]!.ToObject<Activity>()!;
        Assert.Equal("Shall we start?", read.Text);
        Assert.Equal(["Yes", "No"], read.SuggestedActions.Actions.Select(action => action.Title));
        Assert.Null(read.Speak);
    }

    [Fact]
    public void An_item_an_earlier_build_stored_with_every_null_of_an_activity_still_loads()
    {
        const string earlier = """{"schemaVersion":1,"document":{"Prompt":{"type":"message","id":null,"text":"How old are you?","speak":null,"suggestedActions":null,"attachments":[],"entities":[],"value":null}}}""";

        var read = StoredDocument.Parse(earlier, "\"7\"")["Prompt"]!.ToObject<Activity>()!;

        Assert.Equal("How old are you?", read.Text);
        Assert.Null(read.Speak);
        Assert.Null(read.SuggestedActions);
        Assert.Empty(read.Attachments);
    }
}
