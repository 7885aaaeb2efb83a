using BoneCoachBot.Dialogs.Questions;
using BoneCoachBot.Script;

namespace BoneCoachBot.Tests.Wording;

/// <summary>A time kept in years, as the bot says it back ("Noted: steroid tablets, for about a month", not "about 0.1 years").</summary>
public sealed class DurationWordsTests
{
    [Theory]
    [InlineData(ScriptLanguage.English, 0, "about 0 years")]
    [InlineData(ScriptLanguage.English, 3.0 / 365, "less than a week")]
    [InlineData(ScriptLanguage.English, 1.0 / 52, "about a week")]
    [InlineData(ScriptLanguage.English, 3.0 / 52, "about 3 weeks")]
    [InlineData(ScriptLanguage.English, 1.0 / 12, "about a month")]
    [InlineData(ScriptLanguage.English, 0.5, "about 6 months")]
    [InlineData(ScriptLanguage.English, 1, "about a year")]
    [InlineData(ScriptLanguage.English, 2.54, "about 2.5 years")]
    [InlineData(ScriptLanguage.Spanish, 1.0 / 12, "alrededor de un mes")]
    [InlineData(ScriptLanguage.Spanish, 0.25, "unos 3 meses")]
    [InlineData(ScriptLanguage.Spanish, 8, "unos 8 años")]
    public void A_time_is_said_in_the_unit_she_would_use(string language, double years, string said)
    {
        Assert.Equal(said, UnitWords.Years(Support.ScriptTexts.Script.In(language, ScriptParts.Commands), years));
    }

    // "When was your last period? about 10 years" in "what do you know about me": a time since says "ago".
    [Theory]
    [InlineData(ScriptLanguage.English, 10, "about 10 years ago")]
    [InlineData(ScriptLanguage.English, 0.5, "about 6 months ago")]
    [InlineData(ScriptLanguage.Spanish, 10, "hace unos 10 años")]
    public void A_time_since_is_said_with_ago(string language, double years, string said)
    {
        Assert.Equal(said, UnitWords.Years(Support.ScriptTexts.Script.In(language, ScriptParts.Commands), years, ago: true));
    }
}
