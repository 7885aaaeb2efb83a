using BoneCoachBot.Tests.Support;

namespace BoneCoachBot.Tests.Conversation;

/// <summary>One woman's chat over HTTP with expectReplies: say something, get the bot's texts back.</summary>
public sealed class Chat(HttpClient http, string? conversationId = null, string? userId = null)
{
    public EmulatorClient Client { get; } = new(http, conversationId, userId);

    public List<string> Transcript { get; } = [];

    public async Task<IReadOnlyList<string>> JoinAsync()
    {
        var reply = await Client.JoinAsync();
        Assert.Equal(200, reply.StatusCode);
        Transcript.AddRange(reply.Texts.Select(t => "bot: " + t));
        return reply.Texts;
    }

    public async Task<IReadOnlyList<string>> SayAsync(string text)
    {
        var reply = await Client.SayAsync(text);
        Assert.True(reply.StatusCode == 200, $"'{text}' got HTTP {reply.StatusCode}: {reply.Body}");
        Transcript.Add("you: " + text);
        Transcript.AddRange(reply.Texts.Select(t => "bot: " + t));
        return reply.Texts;
    }

    /// <summary>Answers in order; each answer must get a reply.</summary>
    public async Task<IReadOnlyList<string>> AnswerAllAsync(IEnumerable<string> answers)
    {
        IReadOnlyList<string> last = [];
        foreach (var answer in answers)
        {
            last = await SayAsync(answer);
            Assert.True(last.Count > 0, $"No reply to '{answer}'.\n{string.Join("\n", Transcript)}");
        }

        return last;
    }

    public string Joined => string.Join("\n", Transcript);
}
