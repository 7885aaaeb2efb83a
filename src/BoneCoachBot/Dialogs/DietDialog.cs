using BoneCoach.Assessment;
using BoneCoachBot.Coaching;
using BoneCoachBot.Script;

namespace BoneCoachBot.Dialogs;

/// <summary>Layer 3, structural substrate: protein (dialogs/diet.json).</summary>
public sealed class DietDialog(CoachingServices services)
    : ScriptedPartDialog(nameof(DietDialog), ScriptParts.Diet, Layer.Substrate, services)
{
    // Meals are counted only to estimate protein she doesn't know in grams.
    protected override bool Applies(string questionId, AnswerSheet answers) =>
        questionId != "proteinMealsPerDay" || !answers.HasValue("proteinGramsPerDay");
}
