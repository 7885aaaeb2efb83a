using BoneCoach.Assessment;
using BoneCoachBot.Dialogs.Questions;
using BoneCoachBot.Script;
using BoneCoachBot.Wording;

namespace BoneCoachBot.Dialogs;

/// <summary>Layer 3, structural substrate: protein (dialogs/diet.json).</summary>
public sealed class DietDialog(QuestionAsking asking, ICoachingMessages messages)
    : ScriptedPartDialog(nameof(DietDialog), ScriptParts.Diet, Layer.Substrate, asking, messages);
