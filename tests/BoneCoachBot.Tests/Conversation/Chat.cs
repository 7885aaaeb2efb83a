using System.Text.Json;
using BoneCoachBot.Tests.Support;

namespace BoneCoachBot.Tests.Conversation;

/// <summary>One woman's chat over HTTP with expectReplies: say something, get the bot's texts back.</summary>
public sealed class Chat(HttpClient http, string? conversationId = null, string? userId = null)
{
    public EmulatorClient Client { get; } = new(http, conversationId, userId);

    public List<string> Transcript { get; } = [];

    /// <summary>Every activity the bot sent, in order (cards included).</summary>
    public List<JsonElement> Activities { get; } = [];

    public async Task<IReadOnlyList<string>> JoinAsync()
    {
        var reply = await Client.JoinAsync();
        Assert.Equal(200, reply.StatusCode);
        Keep(reply);
        return reply.Texts;
    }

    public async Task<IReadOnlyList<string>> SayAsync(string text)
    {
        var reply = await Client.SayAsync(text);
        Assert.True(reply.StatusCode == 200, $"'{text}' got HTTP {reply.StatusCode}: {reply.Body}");
        Transcript.Add("you: " + text);
        Keep(reply);
        return reply.Texts;
    }

    /// <summary>Answers in order; each answer must get a reply that is not the same question's retry.</summary>
    public async Task<IReadOnlyList<string>> AnswerAllAsync(IEnumerable<string> answers)
    {
        IReadOnlyList<string> last = [];
        foreach (var answer in answers)
        {
            var before = Transcript.LastOrDefault(t => t.StartsWith("bot: ", StringComparison.Ordinal));
            last = await SayAsync(answer);
            Assert.True(last.Count > 0, $"No reply to '{answer}'.\n{Joined}");
            Assert.False(last.Count == 1 && "bot: " + last[0] == before, $"'{answer}' was not understood.\n{Joined}");
        }

        return last;
    }

    public string Joined => string.Join("\n", Transcript);

    private void Keep(BotReply reply)
    {
        Activities.AddRange(reply.Activities);
        Transcript.AddRange(reply.Texts.Select(t => "bot: " + t));
    }
}
