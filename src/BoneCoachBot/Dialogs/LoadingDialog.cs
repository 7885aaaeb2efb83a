using BoneCoach.Assessment;
using BoneCoachBot.Coaching;
using BoneCoachBot.Dialogs.Questions;
using BoneCoachBot.Script;
using BoneCoachBot.Wording;

namespace BoneCoachBot.Dialogs;

/// <summary>Layer 1, mechanical loading (dialogs/loading.json).</summary>
public sealed class LoadingDialog(QuestionAsking asking, ICoachingMessages messages)
    : ScriptedPartDialog(nameof(LoadingDialog), ScriptParts.Loading, Layer.Loading, asking, messages)
{
    // No strength training means no training intensity to describe; asking would invite a contradiction.
    protected override bool Applies(string questionId, AnswerSheet answers) => questionId switch
    {
        "strengthIntensity" => answers.Number("strengthSessionsPerWeek") is not 0,
        // How many falls, and whether one hurt her, only after she said she fell.
        "fallsCount" or "fallInjury" => answers.YesNo("fallsLastYear") == true,
        _ => true,
    };
}
