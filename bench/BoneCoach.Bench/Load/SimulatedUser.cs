using System.Text.Json;

namespace BoneCoach.Bench.Load;

/// <summary>
/// One woman talking to a bot over <c>expectReplies</c>: a new conversation starts with "hi"; after that she answers
/// what she was last asked. She starts over as someone new when she reaches the plan, or after a bounded number of
/// turns (so a question she can't get past doesn't turn the mix into retries), or after every turn in first-turn mode.
/// </summary>
public sealed class SimulatedUser(int seed, bool firstTurnOnly)
{
    private const int MaxTurns = 90;
    private readonly Random _random = new(seed);
    private string _conversation = string.Empty;
    private string _user = string.Empty;
    private int _turns;
    private BotReply _last = BotReply.None;

    public int Conversations { get; private set; }

    /// <summary>The text of the message built last, for showing a conversation.</summary>
    public string LastSaid { get; private set; } = string.Empty;

    /// <summary>True when her next message starts a new conversation.</summary>
    public bool IsStarting => _turns == 0;

    public string NextActivityJson()
    {
        if (_turns == 0)
        {
            Conversations++;
            _conversation = $"bench-c-{seed}-{Conversations}";
            _user = $"bench-u-{seed}-{Conversations}";
        }

        var text = _turns == 0 ? "hi" : Answers.For(_last, _random);
        LastSaid = text;
        return JsonSerializer.Serialize(new
        {
            type = "message",
            id = Guid.NewGuid().ToString("N"),
            channelId = "emulator",
            serviceUrl = "http://127.0.0.1:9/",
            deliveryMode = "expectReplies",
            locale = "en-US",
            timestamp = DateTimeOffset.UtcNow,
            conversation = new { id = _conversation },
            from = new { id = _user, name = "Bench" },
            recipient = new { id = "bot", name = "Bot" },
            text,
        });
    }

    public void Observe(BotReply reply)
    {
        _last = reply;
        _turns++;
        if (firstTurnOnly || reply.ShowedCard || _turns >= MaxTurns)
        {
            _turns = 0;
        }
    }

    /// <summary>After an error she starts again, rather than answering a question she never saw.</summary>
    public void Abandon() => _turns = 0;
}
