using Newtonsoft.Json.Linq;

namespace BoneCoach.Dialogs.Tests.Engine;

public class StateValueTests
{
    [Fact]
    public void A_long_from_storage_reads_as_an_int()
    {
        Assert.Equal(3, StateValue.As<int>(3L));
    }

    [Fact]
    public void A_double_from_storage_reads_as_a_decimal()
    {
        Assert.Equal(62.5m, StateValue.As<decimal>(62.5d));
    }

    [Fact]
    public void A_json_object_reads_as_the_record_it_was()
    {
        var stored = JObject.Parse("""{ "Value": 63.5, "Unit": "kg" }""");

        Assert.Equal(new Quantity(63.5m, "kg"), StateValue.As<Quantity>(stored));
    }

    [Fact]
    public void Null_and_json_null_read_as_default()
    {
        Assert.Null(StateValue.As<string>(null));
        Assert.Null(StateValue.As<Quantity>(JValue.CreateNull()));
        Assert.Equal(0, StateValue.As<int>(null));
    }

    [Fact]
    public void GetOrCreate_keeps_the_converted_object_in_state_so_changes_are_saved()
    {
        var state = new Dictionary<string, object> { ["values"] = JObject.Parse("""{ "name": "Ana" }""") };

        var values = StateValue.GetOrCreate(state, "values", () => new Dictionary<string, object>());
        values["age"] = 62;

        Assert.Same(values, state["values"]);
        Assert.Equal("Ana", StateValue.As<string>(values["name"]));
    }

    [Fact]
    public void A_stored_outcome_is_restored_to_its_record()
    {
        Assert.Equal(new GaveUp(3), PromptOutcome.Restore(JObject.FromObject(new GaveUp(3))));
        Assert.Same(Skipped.Instance, PromptOutcome.Restore(JObject.FromObject(Skipped.Instance)));
        Assert.Same(BackRequested.Instance, PromptOutcome.Restore(JObject.FromObject(BackRequested.Instance)));
        Assert.Equal("plain", PromptOutcome.Restore("plain"));
    }
}
