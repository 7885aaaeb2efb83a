using BoneCoachBot.Script;

namespace BoneCoachBot.Tests.Support;

/// <summary>The real dialogs/ as the bot loads it, so tests expect the script's wording instead of copying it.</summary>
public static class ScriptTexts
{
    public static ConversationScript Script { get; } = ScriptLoader.Load(RepositoryPaths.Dialogs);

    public static string Text(string dialog, string key) => Script[dialog].Text(key);

    public static string Ask(string dialog, string questionId) => Script[dialog].Question(questionId).Ask;

    public static string Retry(string dialog, string questionId) =>
        Script[dialog].Question(questionId).Retry ?? Ask(dialog, questionId);

    public static string Why(string dialog, string questionId) => Script[dialog].Question(questionId).Why;

    /// <summary>What a new member sees: the welcome, the disclaimer and the consent question.</summary>
    public static IReadOnlyList<string> Welcome =>
        [Text("consent", "welcome"), Text("consent", "disclaimer"), Ask("consent", "keepAnswers")];
}
