using BoneCoachBot.Wording;
using BoneCoachBot.Script;
using Microsoft.Bot.Schema;

namespace BoneCoachBot.Commands;

/// <summary>The commands of dialogs/commands.json: which command a whole message means, and the texts around them.</summary>
public sealed class CommandCatalog
{
    public const string ScriptName = ScriptParts.Commands;

    private readonly Dictionary<string, string> _byPhrase;
    private readonly ConversationScript _script;

    public CommandCatalog(ConversationScript script)
    {
        ArgumentNullException.ThrowIfNull(script);
        _script = script;
        // A command works in every language ("ayuda" in an English conversation too); its replies speak hers.
        _byPhrase = script.InEveryLanguage(ScriptName)
            .SelectMany(d => d.Commands)
            .SelectMany(c => c.Phrases.Select(p => (Phrase: Normalize(p), c.Id)))
            .DistinctBy(x => x.Phrase)
            .ToDictionary(x => x.Phrase, x => x.Id, StringComparer.Ordinal);
    }

    /// <summary>dialogs/commands.json in the turn's language.</summary>
    public DialogScript Script => _script[ScriptName];

    /// <summary>The command id a message means, or null. Whole message only, so "no back pain" is an answer, not "back".</summary>
    public string? Match(string? text) =>
        text is null ? null : _byPhrase.GetValueOrDefault(Normalize(text));

    /// <summary>The command a message means: its text, or the word a plan-card button sent as its value.</summary>
    public string? Match(IActivity activity) =>
        Match((activity as IMessageActivity)?.Text is { Length: > 0 } text ? text : CardSubmit.Command(activity));

    public string Text(string key) => Script.Text(key);

    /// <summary>"Yes" or "No" in the turn's language, as her answers are said back.</summary>
    public string YesOrNo(bool yes) => Text(yes ? CommandTextKeys.Yes : CommandTextKeys.No);

    public string? Reply(string commandId) => Script.Commands.FirstOrDefault(c => c.Id == commandId)?.Reply;

    private static string Normalize(string text) =>
        text.Trim().TrimEnd('.', '!').Replace('’', '\'').ToLowerInvariant();
}
