using BoneCoachBot.CheckIns;
using BoneCoachBot.Script;
using BoneCoachBot.Tests.Support;

namespace BoneCoachBot.Tests.CheckIns;

public sealed class CheckInScriptTests
{
    [Fact]
    public void The_shipped_script_has_every_check_in_and_reminder_text()
    {
        CheckInScriptCheck.EnsureComplete(new CheckInTexts(ScriptLoader.Load(RepositoryPaths.Dialogs)));
    }

    [Fact]
    public void A_missing_text_is_named_with_its_file()
    {
        var script = ScriptLoader.Load(RepositoryPaths.Dialogs);
        var checkIn = script["checkin"];
        var texts = checkIn.Texts.Where(t => t.Key != "trend.declining").ToDictionary();
        var broken = new ConversationScript(script.Dialogs.ToDictionary(d => d.Key, d => d.Key == "checkin" ? checkIn with { Texts = texts } : d.Value));

        var failure = Assert.Throws<ScriptException>(() => CheckInScriptCheck.EnsureComplete(new CheckInTexts(broken)));

        Assert.Contains("dialogs/checkin.json", failure.Message);
        Assert.Contains("trend.declining", failure.Message);
    }
}
