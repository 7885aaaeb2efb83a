using System.Text.Json;
using System.Text.Json.Nodes;
using BoneCoachBot.Script;
using BoneCoachBot.Tests.Conversation;
using BoneCoachBot.Tests.Support;

namespace BoneCoachBot.Tests.Answers;

/// <summary>
/// A woman who answers each question the bot asks in her own everyday words (by question id), may say something else
/// first at a given question (her question, a correction), and confirms a value read back to her. She counts what she sent.
/// </summary>
public sealed class EverydayWoman(string name, string locale, IReadOnlyDictionary<string, string> answers, IReadOnlyDictionary<string, string>? asides = null)
{
    private static readonly ConversationScript Script = ScriptTexts.Script;

    public string Name { get; } = name;

    public List<string> Transcript { get; } = [];

    public HashSet<string> QuestionsAsked { get; } = [];

    public int MessagesSent { get; private set; }

    private bool _planShown;

    public double MessagesPerQuestion => (double)MessagesSent / QuestionsAsked.Count;

    /// <summary>From the first hello to the plan; fails with the transcript when the bot says something she can't place.</summary>
    public async Task ReachPlanAsync(HttpClient http)
    {
        var client = new EmulatorClient(http);
        var said = await PostAsync(client, new JsonObject { ["type"] = "conversationUpdate", ["membersAdded"] = new JsonArray(Account(client.UserId), Account(EmulatorClient.BotId)) });
        said = await SayAsync(client, "yes", counted: false);
        var pendingAsides = new Dictionary<string, string>(asides ?? new Dictionary<string, string>());
        for (var turn = 0; turn < 200; turn++)
        {
            if (_planShown || said.Contains(ScriptTexts.Text("commands", "summaryOffer")))
            {
                return;
            }

            var last = said.LastOrDefault() ?? string.Empty;
            if (IsReadBack(last))
            {
                said = await SayAsync(client, "yes");
                continue;
            }

            var asked = QuestionIn(last) ?? throw new Xunit.Sdk.XunitException($"{Name}: the bot said something she can't place:\n{string.Join("\n", Transcript)}");
            QuestionsAsked.Add(asked);
            if (pendingAsides.Remove(asked, out var aside))
            {
                said = await SayAsync(client, aside);
                continue;
            }

            said = await SayAsync(client, answers.TryGetValue(asked, out var answer) ? answer
                : throw new Xunit.Sdk.XunitException($"{Name} has no answer for '{asked}'.\n{string.Join("\n", Transcript)}"));
        }

        throw new Xunit.Sdk.XunitException($"{Name} never reached her plan.\n{string.Join("\n", Transcript)}");
    }

    private static string? QuestionIn(string text) =>
        Script.Dialogs.Values.SelectMany(d => d.Questions).FirstOrDefault(q => q.Ask == text)?.Id;

    private static bool IsReadBack(string text) =>
        text.StartsWith("So ", StringComparison.Ordinal) && text.EndsWith("is that right?", StringComparison.Ordinal)
        || text.EndsWith("Is that about right?", StringComparison.Ordinal);

    private async Task<IReadOnlyList<string>> SayAsync(EmulatorClient client, string text, bool counted = true)
    {
        if (counted)
        {
            MessagesSent++;
        }

        Transcript.Add("she: " + text);
        return await PostAsync(client, new JsonObject { ["type"] = "message", ["text"] = text });
    }

    private async Task<IReadOnlyList<string>> PostAsync(EmulatorClient client, JsonObject activity)
    {
        activity["locale"] = locale;
        var reply = await client.PostAsync(activity);
        Assert.True(reply.StatusCode == 200, $"{Name}: HTTP {reply.StatusCode}: {reply.Body}");
        _planShown |= reply.Activities.Any(a => a.TryGetProperty("attachments", out var attachments)
            && attachments.EnumerateArray().Any(x => x.GetProperty("contentType").GetString() == "application/vnd.microsoft.card.adaptive"));
        Transcript.AddRange(reply.Texts.Select(t => "bot: " + t));
        return reply.Texts;
    }

    private static JsonObject Account(string id) => new() { ["id"] = id, ["name"] = id };
}
