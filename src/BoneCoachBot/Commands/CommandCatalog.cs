using BoneCoachBot.Wording;
using BoneCoachBot.Script;
using Microsoft.Bot.Schema;

namespace BoneCoachBot.Commands;

/// <summary>The commands of dialogs/commands.json: which command a whole message means, and the texts around them.</summary>
public sealed class CommandCatalog
{
    public const string ScriptName = ScriptParts.Commands;

    private readonly Dictionary<string, string> _byPhrase;

    public CommandCatalog(ConversationScript script)
    {
        ArgumentNullException.ThrowIfNull(script);
        Script = script[ScriptName];
        _byPhrase = Script.Commands
            .SelectMany(c => c.Phrases.Select(p => (Phrase: Normalize(p), c.Id)))
            .ToDictionary(x => x.Phrase, x => x.Id, StringComparer.Ordinal);
    }

    public DialogScript Script { get; }

    /// <summary>The command id a message means, or null. Whole message only, so "no back pain" is an answer, not "back".</summary>
    public string? Match(string? text) =>
        text is null ? null : _byPhrase.GetValueOrDefault(Normalize(text));

    /// <summary>The command a message means: its text, or the word a plan-card button sent as its value.</summary>
    public string? Match(IActivity activity) =>
        Match((activity as IMessageActivity)?.Text is { Length: > 0 } text ? text : CardSubmit.Command(activity));

    public string Text(string key) => Script.Text(key);

    public string? Reply(string commandId) => Script.Commands.FirstOrDefault(c => c.Id == commandId)?.Reply;

    private static string Normalize(string text) =>
        text.Trim().TrimEnd('.', '!').Replace('’', '\'').ToLowerInvariant();
}
