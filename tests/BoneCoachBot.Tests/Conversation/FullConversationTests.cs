namespace BoneCoachBot.Tests.Conversation;

public sealed class FullConversationTests
{
    [Fact]
    public async Task A_woman_gets_from_hello_to_her_plan_in_free_text()
    {
        await using var host = new CoachingHost();
        var chat = new Chat(host.CreateClient());

        var welcome = await chat.JoinAsync();
        Assert.Contains(welcome, t => t.Contains("not a doctor", StringComparison.Ordinal));
        Assert.Contains(welcome, t => t.Contains("keep your answers", StringComparison.Ordinal));

        var last = await chat.AnswerAllAsync(Personas.ToPlan);
        Assert.Contains(last, t => t.Contains("summary to take to your doctor", StringComparison.Ordinal));
        var transcript = chat.Joined;
        Assert.Contains("[feedback Loading", transcript, StringComparison.Ordinal);
        Assert.Contains("[feedback Minerals", transcript, StringComparison.Ordinal);
        Assert.DoesNotContain("[red flag", transcript, StringComparison.Ordinal);

        var summary = await chat.SayAsync("yes");
        Assert.Contains(summary, t => t.StartsWith("[summary]", StringComparison.Ordinal) || t.Contains("clinician", StringComparison.OrdinalIgnoreCase));

        var afterwards = await chat.SayAsync("hello again");
        Assert.Contains(afterwards, t => t.Contains("Your plan is ready", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "bonecoach-transcript.txt"), chat.Joined);
    }
}
