using System.Diagnostics;
using System.Net.Http.Headers;
using BoneCoachBot.State;
using BoneCoachBot.Tests.Conversation;
using Xunit.Abstractions;

namespace BoneCoachBot.Tests.Reliability;

/// <summary>
/// Issue 16's reliability suite, part 1: thousands of generated hostile requests (fixed seed) against the real host on
/// File storage, while a control user has her whole conversation. Loopback only (TestServer), bounded by count.
/// </summary>
public sealed class HostileRequestSuiteTests(ITestOutputHelper output) : IDisposable
{
    private const int Seed = 16;
    private const int HostileCount = 2_000;
    private const int HostileConversations = 25;
    private const int AtOnce = 4;
    private readonly string _directory = Directory.CreateTempSubdirectory("bonecoach-hostile-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Two_thousand_hostile_requests_cause_no_5xx_leave_every_state_file_readable_and_leave_a_control_user_unaffected()
    {
        var controlAnswers = Personas.WeakLoadingStrongMinerals.ToList();
        var expected = await QuietTranscriptAsync(controlAnswers);

        await using var host = new CoachingHost().WithFileStorage(_directory);
        var http = host.CreateClient();
        var control = new Chat(host.CreateClient(), "control-conversation", "control-user");
        var controlReplies = new List<IReadOnlyList<string>> { await control.JoinAsync() };
        var generator = new HostileRequests(Seed, HostileConversations);
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var statuses = new SortedDictionary<int, int>();
        var crashes = 0;
        var slowest = TimeSpan.Zero;
        var controlEvery = HostileCount / AtOnce / (controlAnswers.Count + 1);

        for (var batch = 0; batch * AtOnce < HostileCount; batch++)
        {
            var requests = Enumerable.Range(0, AtOnce).Select(_ => generator.Next()).ToList();
            var results = await Task.WhenAll(requests.Select(request => SendAsync(http, request)));
            foreach (var (request, (status, elapsed)) in requests.Zip(results))
            {
                counts[request.Class] = counts.GetValueOrDefault(request.Class) + 1;
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
                crashes += status < 0 ? 1 : 0;
                slowest = elapsed > slowest ? elapsed : slowest;
            }

            var answered = controlReplies.Count - 1;
            if (batch % controlEvery == controlEvery - 1 && answered < controlAnswers.Count)
            {
                controlReplies.Add(await control.SayAsync(controlAnswers[answered]));
            }
        }

        while (controlReplies.Count - 1 < controlAnswers.Count)
        {
            controlReplies.Add(await control.SayAsync(controlAnswers[controlReplies.Count - 1]));
        }

        var unreadable = UnreadableStateFiles();
        output.WriteLine($"hostile requests: {counts.Values.Sum()} in {counts.Count} classes ({string.Join(", ", counts.Select(c => $"{c.Key} {c.Value}"))})");
        output.WriteLine($"statuses: {string.Join(", ", statuses.Select(s => $"{s.Key}: {s.Value}"))}; 5xx: {statuses.Where(s => s.Key >= 500).Sum(s => s.Value)}; crashes: {crashes}");
        output.WriteLine($"slowest request: {slowest.TotalMilliseconds:F0} ms; state files: {Directory.EnumerateFiles(_directory, "*.json").Count()}, unreadable: {unreadable.Count}");
        output.WriteLine($"control user: {controlReplies.Count} turns, {(expected.SequenceEqual(controlReplies, TranscriptComparer.Instance) ? "same" : "DIFFERENT")} replies as on a quiet bot");

        Assert.True(counts.Values.Sum() >= 2_000);
        Assert.Equal(0, crashes);
        Assert.DoesNotContain(statuses, s => s.Key >= 500);
        Assert.Empty(unreadable);
        Assert.Empty(Directory.EnumerateFiles(_directory, "*.tmp", SearchOption.AllDirectories));
        Assert.Equal(expected, controlReplies, TranscriptComparer.Instance);
    }

    // The same answers on a bot nobody else talks to: what the control user must get, turn by turn.
    private static async Task<List<IReadOnlyList<string>>> QuietTranscriptAsync(IReadOnlyList<string> answers)
    {
        await using var quiet = new CoachingHost();
        var chat = new Chat(quiet.CreateClient(), "control-conversation", "control-user");
        var replies = new List<IReadOnlyList<string>> { await chat.JoinAsync() };
        foreach (var answer in answers)
        {
            replies.Add(await chat.SayAsync(answer));
        }

        return replies;
    }

    // -1 for a request that threw instead of answering: the host crashed on it.
    private static async Task<(int Status, TimeSpan Elapsed)> SendAsync(HttpClient http, HostileRequest request)
    {
        var timer = Stopwatch.StartNew();
        try
        {
            using var content = new ByteArrayContent(request.Body);
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(request.ContentType);
            using var response = await http.PostAsync("/api/messages", content);
            await response.Content.ReadAsByteArrayAsync();
            return ((int)response.StatusCode, timer.Elapsed);
        }
        catch (Exception crash) when (crash is HttpRequestException or InvalidOperationException or IOException)
        {
            return (-1, timer.Elapsed);
        }
    }

    private List<string> UnreadableStateFiles()
    {
        var unreadable = new List<string>();
        foreach (var path in Directory.EnumerateFiles(_directory, "*.json", SearchOption.AllDirectories))
        {
            try
            {
                StoredDocument.Parse(File.ReadAllText(path), "\"check\"");
            }
            catch (Exception broken) when (broken is Newtonsoft.Json.JsonException or InvalidCastException or NotSupportedException)
            {
                unreadable.Add(Path.GetFileName(path));
            }
        }

        return unreadable;
    }

    private sealed class TranscriptComparer : IEqualityComparer<IReadOnlyList<string>>
    {
        public static TranscriptComparer Instance { get; } = new();

        public bool Equals(IReadOnlyList<string>? x, IReadOnlyList<string>? y) => x is not null && y is not null && x.SequenceEqual(y);

        public int GetHashCode(IReadOnlyList<string> obj) => obj.Count;
    }
}
