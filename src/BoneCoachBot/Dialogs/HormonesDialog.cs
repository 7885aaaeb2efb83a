using BoneCoach.Assessment;
using BoneCoachBot.Dialogs.Questions;
using BoneCoachBot.Script;
using BoneCoachBot.Wording;

namespace BoneCoachBot.Dialogs;

/// <summary>Layer 2, endocrine (dialogs/hormones.json).</summary>
public sealed class HormonesDialog(QuestionAsking asking, ICoachingMessages messages)
    : ScriptedPartDialog(nameof(HormonesDialog), ScriptParts.Hormones, Layer.Endocrine, asking, messages);
