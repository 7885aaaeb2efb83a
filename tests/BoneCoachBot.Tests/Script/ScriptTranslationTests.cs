using System.Text.Json.Nodes;
using BoneCoachBot.Script;
using BoneCoachBot.Tests.Support;

namespace BoneCoachBot.Tests.Script;

public sealed class ScriptTranslationTests
{
    private static JsonObject SpanishLoading(ScriptFolder folder) => JsonNode.Parse(folder.ReadTranslation("es", "loading.json"))!.AsObject();

    private static ScriptException RefusedWith(Action<JsonObject> change)
    {
        using var folder = new ScriptFolder();
        var loading = SpanishLoading(folder);
        change(loading);
        folder.WriteTranslation("es", "loading.json", loading.ToJsonString());
        return Assert.Throws<ScriptException>(() => ScriptLoader.Load(folder.Path));
    }

    [Fact]
    public void The_shipped_script_speaks_spanish_in_a_spanish_turn_and_english_otherwise()
    {
        var script = ScriptLoader.Load(RepositoryPaths.Dialogs);

        var english = script["loading"].Question("fallsLastYear").Ask;
        string spanish;
        using (ScriptLanguage.Use(ScriptLanguage.Spanish))
        {
            spanish = script["loading"].Question("fallsLastYear").Ask;
        }

        Assert.Equal("Have you fallen in the last 12 months?", english);
        Assert.Equal("¿Se ha caído en los últimos 12 meses?", spanish);
        Assert.Equal(english, script["loading"].Question("fallsLastYear").Ask);
    }

    [Fact]
    public void A_spanish_choice_keeps_its_structure_and_understands_both_languages()
    {
        var script = ScriptLoader.Load(RepositoryPaths.Dialogs);

        var choices = script.In(ScriptLanguage.Spanish, "loading").Question("strengthIntensity").Answer.Choices;

        Assert.Equal(["light", "moderate", "heavy"], choices.Select(c => c.Value));
        Assert.StartsWith("Ligero", choices[0].Title, StringComparison.Ordinal);
        Assert.Contains("liviano", choices[0].Synonyms);
        Assert.Contains("easy", choices[0].Synonyms);
        Assert.Equal(script.Dialogs["loading"].Question("strengthIntensity").Answer.Max, script.In(ScriptLanguage.Spanish, "loading").Question("strengthIntensity").Answer.Max);
    }

    [Fact]
    public void A_text_missing_in_spanish_stops_loading_naming_the_file_and_key()
    {
        var broken = RefusedWith(loading => loading["texts"]!.AsObject().Remove("intro"));

        Assert.Equal("dialogs/es/loading.json", broken.File);
        Assert.Contains("the text 'intro' is in dialogs/loading.json but not here", broken.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_question_missing_in_spanish_stops_loading()
    {
        var broken = RefusedWith(loading => loading["questions"]!.AsObject().Remove("growingStoop"));

        Assert.Contains("the question 'growingStoop' is in dialogs/loading.json but not here", broken.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_only_in_spanish_stops_loading_naming_its_line()
    {
        var broken = RefusedWith(loading => loading["texts"]!.AsObject()["outro"] = "Hasta luego.");

        Assert.Contains("the text 'outro' is here but not in dialogs/loading.json", broken.Message, StringComparison.Ordinal);
        Assert.NotNull(broken.Line);
    }

    [Fact]
    public void A_retry_the_english_has_and_the_spanish_lacks_stops_loading()
    {
        var broken = RefusedWith(loading => loading["questions"]!["fallsCount"]!.AsObject().Remove("retry"));

        Assert.Contains("'retry' is in dialogs/loading.json but not here", broken.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_choice_stops_loading()
    {
        var broken = RefusedWith(loading => loading["questions"]!["spineFracture"]!["choices"]!.AsObject().Remove("unsure"));

        Assert.Contains("the choice of 'spineFracture' 'unsure' is in dialogs/loading.json but not here", broken.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_translation_that_drops_a_placeholder_stops_loading()
    {
        var broken = RefusedWith(loading => loading["texts"]!["intro"] = "Capa {layer} de 5.");

        Assert.Contains("same placeholders", broken.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_spanish_synonym_pointing_at_another_choice_stops_loading()
    {
        var broken = RefusedWith(loading => loading["questions"]!["spineFracture"]!["choices"]!["unsure"]!["synonyms"] = new JsonArray("nope"));

        Assert.Contains("'nope' appears twice", broken.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dialog_without_its_spanish_file_stops_loading()
    {
        using var folder = new ScriptFolder();
        File.Delete(Path.Combine(folder.Path, "es", "diet.json"));

        var broken = Assert.Throws<ScriptException>(() => ScriptLoader.Load(folder.Path));

        Assert.Equal("dialogs/es/diet.json", broken.File);
    }

    [Fact]
    public void Every_dialog_has_its_spanish_words()
    {
        var script = ScriptLoader.Load(RepositoryPaths.Dialogs);

        Assert.All(script.Dialogs.Keys, name => Assert.NotSame(script.Dialogs[name], script.In(ScriptLanguage.Spanish, name)));
    }

    [Fact]
    public void Spanish_words_for_a_dialog_that_does_not_exist_are_refused()
    {
        using var folder = new ScriptFolder().WriteTranslation("es", "dancing.json", """{ "dialog": "dancing", "title": "el baile" }""");

        var broken = Assert.Throws<ScriptException>(() => ScriptLoader.Load(folder.Path));

        Assert.Equal("dialogs/es/dancing.json", broken.File);
    }

    [Fact]
    public async Task The_bot_refuses_to_start_when_a_key_is_in_one_language_only()
    {
        using var folder = new ScriptFolder();
        var loading = SpanishLoading(folder);
        loading["texts"]!.AsObject().Remove("intro");
        folder.WriteTranslation("es", "loading.json", loading.ToJsonString());

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            BotProcess.StartAsync(new Dictionary<string, string> { ["BoneCoach__Script__Directory"] = folder.Path }));

        Assert.Contains("dialogs/es/loading.json", refused.Message, StringComparison.Ordinal);
        Assert.Contains("'intro'", refused.Message, StringComparison.Ordinal);
    }
}
