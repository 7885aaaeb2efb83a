using BoneCoachBot.Script;
using BoneCoachBot.Tests.Conversation;
using BoneCoachBot.Tests.Support;

namespace BoneCoachBot.Tests.Language;

/// <summary>Buttons follow her language from the turn she chooses it: suggested actions and the list card's buttons.</summary>
public sealed class ButtonLanguageTests(CoachingHost host) : IClassFixture<CoachingHost>
{
    private readonly CoachingHost _host = host;

    private static DialogScript In(string language, string dialog) => ScriptTexts.Script.In(language, dialog);

    [Fact]
    public async Task A_spanish_hello_in_an_english_channel_gets_the_consent_buttons_in_spanish()
    {
        var chat = new Chat(_host.CreateClient());
        await chat.JoinAsync();
        var before = chat.Activities.Count;

        await chat.SayAsync("Hola, buenas tardes");

        var consent = chat.Activities.Skip(before).Last();
        Assert.Equal(In(ScriptLanguage.Spanish, ScriptParts.Consent).Question("keepAnswers").Ask, consent.GetProperty("text").GetString());
        Assert.Equal(["Sí", "No"], consent.GetProperty("suggestedActions").GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task A_list_question_in_spanish_has_its_card_buttons_in_spanish()
    {
        var chat = new Chat(_host.CreateClient());
        await chat.JoinAsync();
        await chat.AnswerAllAsync(["Hola, buenas tardes", "sí", "nada de esto", "62", "64 kg", "162 cm"]);
        var before = chat.Activities.Count;

        await chat.SayAsync("hace 8 años");

        var card = chat.Activities.Skip(before).SelectMany(a => a.TryGetProperty("attachments", out var list) ? list.EnumerateArray() : default)
            .Single(a => a.GetProperty("contentType").GetString() == "application/vnd.microsoft.card.adaptive").GetProperty("content");
        var commands = In(ScriptLanguage.Spanish, ScriptParts.Commands);
        Assert.Equal([commands.Text("multiChoiceDone"), commands.Text("noneOfThese")], card.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("title").GetString()));
    }
}
