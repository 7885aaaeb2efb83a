namespace BoneCoachBot.Script;

/// <summary>The whole conversation script, loaded and checked once at start-up.</summary>
public sealed class ConversationScript(IReadOnlyDictionary<string, DialogScript> dialogs)
{
    /// <summary>The files the bot cannot run without.</summary>
    public static readonly IReadOnlyList<string> RequiredDialogs =
        [ScriptParts.Consent, ScriptParts.Onboarding, ScriptParts.Loading, ScriptParts.Hormones, ScriptParts.Diet, ScriptParts.Inflammation, ScriptParts.Supplements, ScriptParts.CheckIn, ScriptParts.Commands, "feedback", "plan", ScriptParts.Safety, "answers"];

    public IReadOnlyDictionary<string, DialogScript> Dialogs { get; } = dialogs;

    public DialogScript this[string dialog] =>
        Dialogs.TryGetValue(dialog, out var script)
            ? script
            : throw new KeyNotFoundException($"There is no dialogs/{dialog}.json.");
}
