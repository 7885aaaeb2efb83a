using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BoneCoachBot.Coaching;
using BoneCoachBot.State;
using BoneCoachBot.Tests.Conversation;
using BoneCoachBot.Tests.Support;
using Newtonsoft.Json.Linq;
using Xunit.Abstractions;

namespace BoneCoachBot.Tests.Reliability;

/// <summary>
/// Issue 16's reliability suite, part 2: the bot as a child process on File storage, killed (SIGKILL) at a random
/// point (fixed seed) while several women are mid-conversation, twenty times. Each re-sends what got no answer, as
/// a channel does (same activity id). Every answer the bot acknowledged must be in storage at the end.
/// </summary>
[LongRunning(Longest = true)]
public sealed class KilledBotSuiteTests(ITestOutputHelper output) : IDisposable
{
    private const int Seed = 16;
    private const int Rounds = 20;
    private const int UsersAtOnce = 3;
    private const int MostAcknowledgedBeforeKill = 10;
    private readonly string _directory = Directory.CreateTempSubdirectory("bonecoach-kills-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task A_bot_killed_at_random_points_in_twenty_rounds_loses_no_acknowledged_answer_and_leaves_no_temp_file()
    {
        var answers = await AnswersByPromptAsync();
        var random = new Random(Seed);
        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["BoneCoach__Storage__Provider"] = "File",
            ["BoneCoach__Storage__Directory"] = _directory,
            ["BoneCoach__CheckIns__RemindersEnabled"] = "false",
        };
        var users = new List<KilledUser>();
        var interrupted = 0;
        var failures = new List<string>();
        for (var round = 0; round < Rounds; round++)
        {
            while (users.Count(user => !user.Finished) < UsersAtOnce)
            {
                users.Add(new KilledUser($"killed-{users.Count}", answers));
            }

            var bot = await BotProcess.StartAsync(settings);
            var http = bot.CreateClient();
            var killAfter = random.Next(1, MostAcknowledgedBeforeKill + 1);
            var acknowledged = 0;
            var killPoint = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            void OnAcknowledged()
            {
                if (Interlocked.Increment(ref acknowledged) == killAfter)
                {
                    killPoint.TrySetResult();
                }
            }

            var talking = users.Where(user => !user.Finished).Select(user => user.TalkAsync(http, OnAcknowledged)).ToList();
            await Task.WhenAny(killPoint.Task, Task.WhenAll(talking));
            failures.AddRange(bot.Output.Split('\n').Where(line => line.Contains("Turn failed", StringComparison.Ordinal)));
            await bot.DisposeAsync();
            await Task.WhenAll(talking);
            interrupted += users.Count(user => user.Pending is not null);
        }

        // One more start finishes any commit the last kill interrupted; then read what is stored.
        await (await BotProcess.StartAsync(settings)).DisposeAsync();
        var temps = Directory.EnumerateFiles(_directory, "*.tmp", SearchOption.AllDirectories).Count();
        var journals = Directory.EnumerateFiles(Path.Combine(_directory, ".journal")).Count();
        var lost = await LostAnswersAsync(users);
        output.WriteLine($"rounds: {Rounds} kills; users: {users.Count} ({users.Count(u => u.Finished)} reached the plan); acknowledged answers: {users.Sum(u => u.Acknowledged.Count)}; requests cut off by a kill and sent again: {interrupted}; repeats answered from the turn log: {users.Sum(u => u.Repeats)}");
        output.WriteLine($"lost answers: {lost.Count}; leftover temp files: {temps}; unfinished commit records: {journals}; failed turns: {failures.Count}");
        failures.Concat(lost).ToList().ForEach(output.WriteLine);

        Assert.All(users, user => Assert.Empty(user.Errors));
        Assert.Empty(lost);
        Assert.Equal(0, temps);
        Assert.Equal(0, journals);
    }

    // The persona's answer to each prompt, from one quiet run in-process: what each woman says to whatever she is asked.
    private static async Task<IReadOnlyDictionary<string, string>> AnswersByPromptAsync()
    {
        await using var quiet = new CoachingHost();
        var chat = new Chat(quiet.CreateClient());
        var prompt = (await chat.JoinAsync())[^1];
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var answer in Personas.WeakLoadingStrongMinerals.Append("no thanks").Append("no"))
        {
            answers.TryAdd(PromptKey(prompt), answer);
            var reply = await chat.SayAsync(answer);
            prompt = reply[^1];
        }

        return answers;
    }

    // The reminder offer names the weekday of "now": the quiet run's clock is the test hosts' fixed one, the child
    // bot's is the machine's. The same offer on another day is the same prompt.
    private static string PromptKey(string prompt) =>
        Regex.Replace(prompt, @"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", "{day}", RegexOptions.None, TimeSpan.FromSeconds(1));

    private async Task<List<string>> LostAnswersAsync(IEnumerable<KilledUser> users)
    {
        var storage = new FileStorage(_directory);
        var lost = new List<string>();
        foreach (var user in users)
        {
            var key = $"emulator/users/{user.Id}";
            var items = await storage.ReadAsync([key]);
            var record = items.TryGetValue(key, out var item) ? JObject.FromObject(item)[nameof(CoachingRecord)]?.ToObject<CoachingRecord>() : null;
            lost.AddRange(user.Acknowledged.Where(questionId => record?.Answers.ContainsKey(questionId) != true).Select(questionId => $"{user.Id}: {questionId}"));
        }

        return lost;
    }

    /// <summary>One woman: answers whatever she is asked; a message that got no answer is sent again, same id, next round.</summary>
    private sealed class KilledUser(string id, IReadOnlyDictionary<string, string> answers)
    {
        private static readonly IReadOnlyDictionary<string, string> QuestionIds = ScriptTexts.Script.Dialogs
            .Where(dialog => dialog.Key is not ("consent" or "checkin"))
            .SelectMany(dialog => dialog.Value.Questions)
            .GroupBy(question => question.Ask)
            .ToDictionary(group => group.Key, group => group.First().Id);

        private string? _prompt;

        public string Id { get; } = id;

        public JsonObject? Pending { get; private set; }

        public bool Finished { get; private set; }

        public List<string> Acknowledged { get; } = [];

        public List<string> Errors { get; } = [];

        public int Repeats { get; private set; }

        private bool _resending;

        public async Task TalkAsync(HttpClient http, Action onAcknowledged)
        {
            while (!Finished)
            {
                Pending ??= NextActivity();
                if (Pending is null)
                {
                    return;
                }

                BotReply reply;
                try
                {
                    using var response = await http.PostAsJsonAsync("/api/messages", Pending);
                    reply = new BotReply((int)response.StatusCode, await response.Content.ReadAsStringAsync());
                }
                catch (Exception killed) when (killed is HttpRequestException or TaskCanceledException or IOException)
                {
                    // The bot died with this message in flight: it goes again, unchanged, to the next process.
                    _resending = true;
                    return;
                }

                if (reply.StatusCode != 200 || reply.Texts.Count == 0)
                {
                    Errors.Add($"HTTP {reply.StatusCode}: {reply.Body}");
                    return;
                }

                Repeats += _resending ? 1 : 0;
                _resending = false;
                Acknowledge(reply);
                onAcknowledged();
            }
        }

        private void Acknowledge(BotReply reply)
        {
            if (Pending!["type"]!.GetValue<string>() == "message" && _prompt is not null && QuestionIds.TryGetValue(_prompt, out var questionId)
                && reply.Texts[^1] != _prompt)
            {
                Acknowledged.Add(questionId);
            }

            Finished = reply.Texts[^1] == ScriptTexts.Text("commands", "afterPlan");
            _prompt = reply.Texts[^1];
            Pending = null;
        }

        private JsonObject? NextActivity()
        {
            if (_prompt is null)
            {
                return Envelope(new JsonObject { ["type"] = "conversationUpdate", ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = Id }) });
            }

            if (!answers.TryGetValue(PromptKey(_prompt), out var answer))
            {
                Errors.Add($"Asked something the persona has no answer for: {_prompt}");
                Finished = true;
                return null;
            }

            return Envelope(new JsonObject { ["type"] = "message", ["text"] = answer });
        }

        private JsonObject Envelope(JsonObject activity)
        {
            activity["id"] = Guid.NewGuid().ToString("N");
            activity["channelId"] = "emulator";
            activity["serviceUrl"] = "http://127.0.0.1:9/";
            activity["conversation"] = new JsonObject { ["id"] = "conv-" + Id };
            activity["from"] = new JsonObject { ["id"] = Id };
            activity["recipient"] = new JsonObject { ["id"] = EmulatorClient.BotId };
            activity["locale"] = "en-US";
            activity["deliveryMode"] = "expectReplies";
            return activity;
        }
    }
}
