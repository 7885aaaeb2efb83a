using System.Text.Json;
using System.Text.Json.Nodes;
using BoneCoachBot.Script;
using BoneCoachBot.Tests.Conversation;
using BoneCoachBot.Tests.Support;

namespace BoneCoachBot.Tests.Answers;

/// <summary>
/// A woman who answers each question the bot asks in her own everyday words (by question id), may say something else
/// first at a given question (her question, a correction), and confirms a value read back to her. She counts what she
/// sent after her consent, and can go on after her plan to fine-tune every part.
/// </summary>
public sealed class EverydayWoman(string name, string locale, IReadOnlyDictionary<string, string> answers, IReadOnlyDictionary<string, string>? asides = null)
{
    private static readonly ConversationScript Script = ScriptTexts.Script;

    private EmulatorClient? _client;
    private bool _planShown;

    public string Name { get; } = name;

    /// <summary>She told the bot about something that needs a clinician (the first plan may then take up to 25 answers).</summary>
    public bool HasRedFlags { get; init; }

    public List<string> Transcript { get; } = [];

    public HashSet<string> QuestionsAsked { get; } = [];

    public int MessagesSent { get; private set; }

    /// <summary>Messages she sent after consent until her first plan was on screen.</summary>
    public int AnswersBeforePlan { get; private set; }

    public string UserId => _client?.UserId ?? throw new InvalidOperationException($"{Name} has not joined yet.");

    public double MessagesPerQuestion => (double)MessagesSent / QuestionsAsked.Count;

    /// <summary>From the first hello to the plan; fails with the transcript when the bot says something she can't place.</summary>
    public async Task ReachPlanAsync(HttpClient http)
    {
        _client = new EmulatorClient(http);
        await PostAsync(new JsonObject { ["type"] = "conversationUpdate", ["membersAdded"] = new JsonArray(Account(_client.UserId), Account(EmulatorClient.BotId)) });
        var said = await SayAsync("yes", counted: false);
        await AnswerUntilAsync(said, _ => _planShown, "her plan");
        AnswersBeforePlan = MessagesSent;
    }

    /// <summary>After her plan: no reminder, no summary, then "fine-tune" for each part the bot offers until nothing is left.</summary>
    public async Task FineTuneEverythingAsync()
    {
        await SayAsync("no thanks", counted: false);
        await SayAsync("no", counted: false);
        var nothingLeft = ScriptTexts.Text("commands", "fineTuneNothingLeft");
        for (var round = 0; round < 10; round++)
        {
            var said = await SayAsync("fine-tune", counted: false);
            if (said.Contains(nothingLeft))
            {
                return;
            }

            await AnswerUntilAsync(said, FineTuneEnded, "the end of a fine-tune");
        }

        throw new Xunit.Sdk.XunitException($"{Name}: fine-tune never ran out of questions.\n{string.Join("\n", Transcript)}");
    }

    private static bool FineTuneEnded(IReadOnlyList<string> said) =>
        said.Any(t => t.StartsWith(ScriptTexts.Text("commands", "planChanged"), StringComparison.Ordinal) || t == ScriptTexts.Text("commands", "planUnchanged"));

    private async Task AnswerUntilAsync(IReadOnlyList<string> said, Func<IReadOnlyList<string>, bool> done, string goal)
    {
        var pendingAsides = new Dictionary<string, string>(asides ?? new Dictionary<string, string>());
        for (var turn = 0; turn < 200; turn++)
        {
            if (done(said))
            {
                return;
            }

            var last = said.LastOrDefault() ?? string.Empty;
            if (IsReadBack(last))
            {
                said = await SayAsync("yes");
                continue;
            }

            if (last.StartsWith(ScriptTexts.Text("commands", "fineTuneWhich"), StringComparison.Ordinal))
            {
                // The parts are offered highest layer first (as a numbered list: their names are long for buttons): she
                // takes the first each time.
                said = await SayAsync("1", counted: false);
                continue;
            }

            var asked = QuestionIn(last) ?? throw new Xunit.Sdk.XunitException($"{Name}: the bot said something she can't place:\n{string.Join("\n", Transcript)}");
            QuestionsAsked.Add(asked);
            if (pendingAsides.Remove(asked, out var aside))
            {
                said = await SayAsync(aside);
                continue;
            }

            said = await SayAsync(answers.TryGetValue(asked, out var answer) ? answer
                : throw new Xunit.Sdk.XunitException($"{Name} has no answer for '{asked}'.\n{string.Join("\n", Transcript)}"));
        }

        throw new Xunit.Sdk.XunitException($"{Name} never reached {goal}.\n{string.Join("\n", Transcript)}");
    }

    private static string? QuestionIn(string text) =>
        Script.Dialogs.Values.SelectMany(d => d.Questions).FirstOrDefault(q => q.Ask == text)?.Id;

    private static bool IsReadBack(string text) =>
        text.StartsWith("So ", StringComparison.Ordinal) && text.EndsWith("is that right?", StringComparison.Ordinal)
        || text.EndsWith("Is that about right?", StringComparison.Ordinal);

    private async Task<IReadOnlyList<string>> SayAsync(string text, bool counted = true)
    {
        if (counted)
        {
            MessagesSent++;
        }

        Transcript.Add("she: " + text);
        return await PostAsync(new JsonObject { ["type"] = "message", ["text"] = text });
    }

    private async Task<IReadOnlyList<string>> PostAsync(JsonObject activity)
    {
        activity["locale"] = locale;
        var reply = await _client!.PostAsync(activity);
        Assert.True(reply.StatusCode == 200, $"{Name}: HTTP {reply.StatusCode}: {reply.Body}");
        _planShown |= reply.Activities.Any(PlanCards.IsPlan);
        Transcript.AddRange(reply.Texts.Select(t => "bot: " + t));
        return reply.Texts;
    }

    private static JsonObject Account(string id) => new() { ["id"] = id, ["name"] = id };
}
