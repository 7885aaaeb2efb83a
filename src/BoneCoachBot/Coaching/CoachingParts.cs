using BoneCoach.Assessment;
using BoneCoachBot.Script;

namespace BoneCoachBot.Coaching;

/// <summary>The script files that ask about her, in the order the conversation asks them (the seed's layer order).</summary>
public static class CoachingParts
{
    public static readonly IReadOnlyList<string> InOrder =
        [ScriptParts.Onboarding, ScriptParts.Loading, ScriptParts.Hormones, ScriptParts.Diet, ScriptParts.Inflammation, ScriptParts.Supplements];

    /// <summary>The layer a part asks about; her profile (onboarding) is no layer.</summary>
    public static Layer? LayerOf(string part) => part switch
    {
        ScriptParts.Loading => Layer.Loading,
        ScriptParts.Hormones => Layer.Endocrine,
        ScriptParts.Diet => Layer.Substrate,
        ScriptParts.Inflammation => Layer.Inflammation,
        ScriptParts.Supplements => Layer.Minerals,
        _ => null,
    };
}
