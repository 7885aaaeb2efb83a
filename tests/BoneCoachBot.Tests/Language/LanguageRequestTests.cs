using BoneCoachBot.Language;
using BoneCoachBot.Script;

namespace BoneCoachBot.Tests.Language;

public sealed class LanguageRequestTests
{
    [Theory]
    [InlineData("No hablo bien inglés, ¿me puede hablar en español por favor?", ScriptLanguage.Spanish)]
    [InlineData("¿me puede hablar en español?", ScriptLanguage.Spanish)]
    [InlineData("en español por favor", ScriptLanguage.Spanish)]
    [InlineData("Español", ScriptLanguage.Spanish)]
    [InlineData("spanish please", ScriptLanguage.Spanish)]
    [InlineData("Can you speak Spanish?", ScriptLanguage.Spanish)]
    [InlineData("¿Habla usted castellano?", ScriptLanguage.Spanish)]
    [InlineData("no entiendo el inglés", ScriptLanguage.Spanish)]
    [InlineData("in English please", ScriptLanguage.English)]
    [InlineData("English", ScriptLanguage.English)]
    [InlineData("¿podemos seguir en inglés?", ScriptLanguage.English)]
    [InlineData("no hablo español", ScriptLanguage.English)]
    [InlineData("I don't speak Spanish", ScriptLanguage.English)]
    public void Her_words_about_the_language_name_the_language_she_wants(string text, string expected) =>
        Assert.Equal(expected, LanguageRequest.Asked(text));

    [Theory]
    [InlineData("sí")]
    [InlineData("no")]
    [InlineData("I'm Spanish")]
    [InlineData("Soy española")]
    [InlineData("tengo 62 años")]
    [InlineData("my mother was Spanish and she broke her hip at 70, my father was English and had osteoporosis too")]
    [InlineData("")]
    [InlineData(null)]
    public void Answers_and_sentences_that_mention_a_language_are_not_requests(string? text) =>
        Assert.Null(LanguageRequest.Asked(text));

    [Theory]
    [InlineData("Hola, buenas tardes", true)]
    [InlineData("buenos días", true)]
    [InlineData("hola", true)]
    [InlineData("hola, tengo 62 años", false)]
    [InlineData("hello", false)]
    public void A_spanish_greeting_is_the_whole_message(string text, bool expected) =>
        Assert.Equal(expected, LanguageRequest.IsSpanishGreeting(text));

    [Theory]
    [InlineData(null, "es-MX", ScriptLanguage.Spanish)]
    [InlineData(null, "es", ScriptLanguage.Spanish)]
    [InlineData(null, "es_US", ScriptLanguage.Spanish)]
    [InlineData(null, "en-US", ScriptLanguage.English)]
    [InlineData(null, "fr-FR", ScriptLanguage.English)]
    [InlineData(null, null, ScriptLanguage.English)]
    [InlineData(ScriptLanguage.English, "es-ES", ScriptLanguage.English)]
    [InlineData(ScriptLanguage.Spanish, "en-US", ScriptLanguage.Spanish)]
    public void Her_choice_wins_over_the_channel_locale(string? chosen, string? locale, string expected) =>
        Assert.Equal(expected, TurnLanguage.Of(chosen, locale));

    [Theory]
    [InlineData(ScriptLanguage.Spanish, "en-US", "es-US")]
    [InlineData(ScriptLanguage.Spanish, "es-MX", "es-MX")]
    [InlineData(ScriptLanguage.English, "es-ES", "en-ES")]
    [InlineData(ScriptLanguage.Spanish, null, "es")]
    public void The_turn_carries_her_language_with_her_region(string language, string? locale, string expected) =>
        Assert.Equal(expected, TurnLanguage.LocaleFor(language, locale));
}
