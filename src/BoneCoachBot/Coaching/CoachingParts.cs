using BoneCoachBot.Script;

namespace BoneCoachBot.Coaching;

/// <summary>The script files that ask about her, in the order the conversation asks them (the seed's layer order).</summary>
public static class CoachingParts
{
    public static readonly IReadOnlyList<string> InOrder =
        [ScriptParts.Onboarding, ScriptParts.Loading, ScriptParts.Hormones, ScriptParts.Diet, ScriptParts.Inflammation, ScriptParts.Supplements];
}
