using BoneCoachBot.Script;
using BoneCoachBot.Tests.CheckIns;
using BoneCoachBot.Tests.State;
using BoneCoachBot.Tests.Support;

namespace BoneCoachBot.Tests.Language;

/// <summary>A reminder days later speaks the language she chose, though the proactive turn has no message of hers.</summary>
public sealed class SpanishReminderTests : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("bonecoach-es-reminders-").FullName;
    private FakeConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task A_weekly_reminder_set_in_spanish_comes_in_spanish_a_week_later()
    {
        await using var host = new CheckInHost(_directory);
        var user = host.User(_connector.ServiceUrl);
        await user.ConsentAsync();
        await user.SayAsync("en español por favor");

        var set = (await user.SayAsync("recuérdame los domingos a las 9")).AllText();
        await host.AdvanceAsync(TimeSpan.FromDays(7));

        Assert.Contains("cada domingo a las 09:00 (Europe/Berlin)", set, StringComparison.Ordinal);
        Assert.Contains(" de marzo", set, StringComparison.Ordinal);
        var reminder = Assert.Single(_connector.Received);
        Assert.Equal(ScriptTexts.Script.In(ScriptLanguage.Spanish, "checkin").Text("reminder"), reminder.GetProperty("text").GetString());
        Assert.Equal(ScriptTexts.Script.In(ScriptLanguage.Spanish, "reminders").Text("checkInNow"),
            reminder.GetProperty("suggestedActions").GetProperty("actions")[0].GetProperty("title").GetString());
    }
}
