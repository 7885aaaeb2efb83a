using BoneCoach.Assessment;
using BoneCoachBot.Coaching;
using BoneCoachBot.Dialogs.Questions;
using BoneCoachBot.Script;
using BoneCoachBot.Wording;

namespace BoneCoachBot.Dialogs;

/// <summary>Her profile (dialogs/onboarding.json): age, size, menopause, and the history that matters for bone.</summary>
public sealed class OnboardingDialog(QuestionAsking asking, ICoachingMessages messages)
    : ScriptedPartDialog(nameof(OnboardingDialog), ScriptParts.Onboarding, null, asking, messages)
{
    // Outside these a weight and height can't both be right (a typo or the wrong unit), and a BMI built on them would mislead the red flags.
    private const double LowestPlausibleBmi = 10;
    private const double HighestPlausibleBmi = 80;
    // Menopause before this age is not something the question is about; a longer "since" means a mistyped date.
    private const double EarliestMenopauseAgeYears = 25;

    protected override bool Contradicts(string questionId, AnswerSheet answers) => questionId switch
    {
        "weight" or "height" => Units.Bmi(answers.Number("weight"), answers.Number("height")) is { } bmi
            && bmi is < LowestPlausibleBmi or > HighestPlausibleBmi,
        "lastPeriod" => answers.Number("lastPeriod") > answers.Number("age") - EarliestMenopauseAgeYears,
        _ => false,
    };
}
