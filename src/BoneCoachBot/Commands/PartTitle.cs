using BoneCoachBot.Script;

namespace BoneCoachBot.Commands;

/// <summary>How the bot names where she is ("loading your bones"), from the open question's script file.</summary>
public static class PartTitle
{
    public static string Of(CommandContext context, ConversationScript script) =>
        script[context.Marks.Position?.Part ?? ScriptParts.Consent].Title;

    public static string Fill(string text, string title) => text.Replace("{title}", title, StringComparison.Ordinal);
}
