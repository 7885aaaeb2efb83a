using BoneCoach.Assessment;
using BoneCoachBot.Dialogs.Questions;
using BoneCoachBot.Script;
using BoneCoachBot.Wording;

namespace BoneCoachBot.Dialogs;

/// <summary>Layer 1, mechanical loading (dialogs/loading.json); its follow-ups are gated in the script (askIf).</summary>
public sealed class LoadingDialog(QuestionAsking asking, ICoachingMessages messages)
    : ScriptedPartDialog(nameof(LoadingDialog), ScriptParts.Loading, Layer.Loading, asking, messages);
