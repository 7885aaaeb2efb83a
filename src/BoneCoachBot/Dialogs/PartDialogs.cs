namespace BoneCoachBot.Dialogs;

/// <summary>The dialogs of the coaching parts by script part ("loading"), for what needs a part's own rules outside it.</summary>
public sealed class PartDialogs(
    OnboardingDialog onboarding, LoadingDialog loading, HormonesDialog hormones, DietDialog diet, InflammationDialog inflammation, SupplementsDialog supplements)
{
    private readonly Dictionary<string, ScriptedPartDialog> _byPart =
        new ScriptedPartDialog[] { onboarding, loading, hormones, diet, inflammation, supplements }.ToDictionary(p => p.Part, StringComparer.Ordinal);

    public ScriptedPartDialog? For(string part) => _byPart.GetValueOrDefault(part);
}
