using static BoneCoachBot.Tests.Support.ScriptTexts;

namespace BoneCoachBot.Tests.Conversation;

public sealed class ResumeTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("bonecoach-resume-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Days_later_on_a_restarted_host_she_is_reminded_where_she_was_and_asked_the_same_question()
    {
        string conversation, user;
        await using (var before = new CoachingHost().WithFileStorage(_directory))
        {
            var chat = await ChatAt.IntensityQuestionAsync(before);
            (conversation, user) = (chat.Client.ConversationId, chat.Client.UserId);
        }

        await using var after = new CoachingHost().WithFileStorage(_directory).WithClock(new DateTimeOffset(2026, 12, 3, 18, 0, 0, TimeSpan.Zero));
        var back = new Chat(after.CreateClient(), conversation, user);
        var reply = await back.SayAsync("twice a week");
        var answered = await back.SayAsync("heavy");

        // Days away: the full welcome back, with where she is, not just the one-line reminder.
        Assert.StartsWith($"{Text("commands", "welcomeBack")} We were in {Support.ScriptTexts.Script["loading"].Title}, at question 2 of ", reply[0], StringComparison.Ordinal);
        Assert.StartsWith(Ask("loading", "strengthIntensity"), reply[^1], StringComparison.Ordinal);
        Assert.Equal([Ask("loading", "impactDaysPerWeek")], answered);
    }

    [Fact]
    public async Task Hello_in_the_middle_of_a_layer_reminds_her_where_she_is()
    {
        await using var host = new CoachingHost();
        var chat = await ChatAt.IntensityQuestionAsync(host);

        var reply = await chat.SayAsync("hello");

        Assert.Equal(Text("commands", "resumeReminder").Replace("{title}", Support.ScriptTexts.Script["loading"].Title), reply[0]);
        Assert.StartsWith(Ask("loading", "strengthIntensity"), reply[^1], StringComparison.Ordinal);
    }
}
