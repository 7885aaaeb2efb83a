using BoneCoachBot.Coaching;

namespace BoneCoachBot.Dialogs;

/// <summary>Her profile (dialogs/onboarding.json): age, size, menopause, and the history that matters for bone.</summary>
public sealed class OnboardingDialog(CoachingServices services)
    : ScriptedPartDialog(nameof(OnboardingDialog), "onboarding", null, services)
{
    protected override bool Applies(string questionId, AnswerSheet answers) => questionId switch
    {
        "steroidMgPerDay" or "steroidDuration" => answers.YesNo("steroidTablets") == true,
        "kidneyEgfr" or "onDialysis" => answers.YesNo("kidneyDisease") == true,
        // The hip figure comes from the same FRAX result; without one there is nothing to ask.
        "fraxHip" => answers.HasValue("fraxMajor"),
        _ => true,
    };
}
