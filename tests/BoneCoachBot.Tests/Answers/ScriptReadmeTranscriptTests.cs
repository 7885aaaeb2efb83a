using System.Text.RegularExpressions;
using BoneCoachBot.Tests.Conversation;
using BoneCoachBot.Tests.Support;

namespace BoneCoachBot.Tests.Answers;

/// <summary>
/// dialogs/README.md's whole conversation is what the bot says today: her messages replayed over /api/messages get the
/// bot's texts as written there, and it shows what issue 14 asks of it (one message answering three questions, one
/// correction, one question of hers).
/// </summary>
public sealed partial class ScriptReadmeTranscriptTests : IAsyncLifetime
{
    private const string Section = "## A whole conversation";

    // Recorded on a Tuesday morning (UTC): the reminder offer names that day.
    private readonly CoachingHost _host = new CoachingHost().WithClock(new DateTimeOffset(2026, 12, 1, 7, 30, 0, TimeSpan.Zero));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task The_readme_conversation_is_what_the_bot_says()
    {
        var turns = Turns();
        var chat = new Chat(_host.CreateClient());

        foreach (var (said, expected) in turns)
        {
            var replies = said is null ? await chat.JoinAsync() : await chat.SayAsync(said);
            Assert.True(expected.SequenceEqual(replies.Select(Flat)), $"After '{said}':\nREADME: {string.Join("\n        ", expected)}\nbot:    {string.Join("\n        ", replies.Select(Flat))}");
        }
    }

    [Fact]
    public void The_readme_conversation_has_three_facts_in_one_message_a_correction_and_a_question_of_hers()
    {
        var turns = Turns();

        Assert.Contains(turns, t => t.Bot.Any(b => NotedThree().IsMatch(b)));
        Assert.Contains(turns, t => t.Bot.Any(b => b.StartsWith("Changed ", StringComparison.Ordinal)));
        Assert.Contains(turns, t => t.Said?.TrimEnd().EndsWith('?') == true && t.Bot.Count == 2 && t.Bot[1] == turns[turns.IndexOf(t) - 1].Bot[^1]);
    }

    // Her message (null for joining) and the texts of the bot's messages that follow, cards and buttons left out.
    private static List<(string? Said, List<string> Bot)> Turns()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Dialogs, "README.md")).ReplaceLineEndings("\n");
        var entries = readme[readme.IndexOf(Section, StringComparison.Ordinal)..].Split("\n\n").Where(e => e.StartsWith("**", StringComparison.Ordinal));
        var turns = new List<(string? Said, List<string> Bot)>();
        foreach (var entry in entries)
        {
            if (entry.StartsWith("**you:** ", StringComparison.Ordinal))
            {
                var said = entry["**you:** ".Length..];
                turns.Add((said == "*(joins the chat)*" ? null : said, []));
            }
            else if (entry.StartsWith("**bot:** ", StringComparison.Ordinal))
            {
                var text = Attachment().Split(entry["**bot:** ".Length..])[0];
                turns[^1].Bot.Add(Flat(text));
            }
        }

        return turns;
    }

    private static string Flat(string text) => Spaces().Replace(text, " ").Trim();

    // Where a bot entry's text ends: its buttons, a card or a chart follow on lines of their own.
    [GeneratedRegex(@" {2}\n {2}\*(?:choices:|\()", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Attachment();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^Noted: [^,]+, [^,]+, [^,]+\.$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex NotedThree();
}
