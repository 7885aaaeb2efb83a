using BoneCoach.Assessment;
using BoneCoachBot.Dialogs.Questions;
using BoneCoachBot.Script;
using BoneCoachBot.Wording;

namespace BoneCoachBot.Dialogs;

/// <summary>Layer 5, minerals and cofactors (dialogs/supplements.json).</summary>
public sealed class SupplementsDialog(QuestionAsking asking, ICoachingMessages messages)
    : ScriptedPartDialog(nameof(SupplementsDialog), ScriptParts.Supplements, Layer.Minerals, asking, messages);
