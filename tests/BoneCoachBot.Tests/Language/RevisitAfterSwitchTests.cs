using BoneCoachBot.Script;
using BoneCoachBot.Tests.Conversation;
using BoneCoachBot.Tests.Support;

namespace BoneCoachBot.Tests.Language;

/// <summary>A question she went back to, asked again after a language switch exactly as it is asked in the new language.</summary>
public sealed class RevisitAfterSwitchTests(CoachingHost host) : IClassFixture<CoachingHost>
{
    private readonly CoachingHost _host = host;

    private static DialogScript In(string language, string dialog) => ScriptTexts.Script.In(language, dialog);

    private static string Revisit(string language, string answer) =>
        In(language, ScriptParts.Commands).Text("revisitAnswer").Replace("{answer}", answer, StringComparison.Ordinal);

    private static string PerWeek(string language, int times) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, In(language, ScriptParts.Commands).Text("perWeek"), times);

    [Fact]
    public async Task Switching_language_at_a_question_she_went_back_to_repeats_her_last_answer_in_the_new_language()
    {
        var chat = await ChatAt.IntensityQuestionAsync(_host);
        var back = await chat.SayAsync("go back");

        var spanish = await chat.SayAsync("en español por favor");
        var english = await chat.SayAsync("in English please");
        var answered = await chat.SayAsync("3 times a week");

        var strength = In(ScriptLanguage.English, ScriptParts.Loading).Question("strengthSessionsPerWeek");
        Assert.Equal([Revisit(ScriptLanguage.English, PerWeek(ScriptLanguage.English, 2)), strength.Ask], back);
        Assert.Equal(
            [
                In(ScriptLanguage.Spanish, ScriptParts.Commands).Text("languageChosen"),
                Revisit(ScriptLanguage.Spanish, PerWeek(ScriptLanguage.Spanish, 2)),
                In(ScriptLanguage.Spanish, ScriptParts.Loading).Question("strengthSessionsPerWeek").Ask,
            ],
            spanish);
        Assert.Equal([In(ScriptLanguage.English, ScriptParts.Commands).Text("languageChosen"), .. back], english);
        Assert.StartsWith(In(ScriptLanguage.English, ScriptParts.Loading).Question("strengthIntensity").Ask, answered[^1], StringComparison.Ordinal);
        Assert.Equal(3, (await StoredState.RecordAsync(_host.Services, chat))!.Answers["strengthSessionsPerWeek"].Number);
    }

    [Fact]
    public async Task Keep_after_the_switch_keeps_her_answer_and_goes_on_in_the_new_language()
    {
        var chat = await ChatAt.IntensityQuestionAsync(_host);
        await chat.SayAsync("go back");
        await chat.SayAsync("en español por favor");

        var kept = await chat.SayAsync("mantener");

        Assert.StartsWith(In(ScriptLanguage.Spanish, ScriptParts.Loading).Question("strengthIntensity").Ask, kept[^1], StringComparison.Ordinal);
        Assert.Equal(2, (await StoredState.RecordAsync(_host.Services, chat))!.Answers["strengthSessionsPerWeek"].Number);
    }

    [Fact]
    public async Task What_she_told_me_in_spanish_reads_in_english_after_she_switches()
    {
        var chat = await ChatAt.IntensityQuestionAsync(_host);
        await chat.SayAsync("en español por favor");
        await chat.SayAsync("atrás");
        await chat.SayAsync("tres veces por semana");
        await chat.SayAsync("ligero");
        await chat.SayAsync("in English please");

        var known = string.Join("\n", await chat.SayAsync("what do you know about me"));

        var intensity = In(ScriptLanguage.English, ScriptParts.Loading).Question("strengthIntensity");
        var light = intensity.Answer.Choices.First(c => c.Value == "light").Title;
        Assert.Contains($"- {intensity.Ask} **{light}**", known, StringComparison.Ordinal);
        Assert.Contains($"**{PerWeek(ScriptLanguage.English, 3)}**", known, StringComparison.Ordinal);
    }
}
