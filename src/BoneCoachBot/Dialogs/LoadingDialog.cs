using BoneCoach.Assessment;
using BoneCoachBot.Script;

namespace BoneCoachBot.Dialogs;

/// <summary>Layer 1, mechanical loading (dialogs/loading.json); its follow-ups are gated in the script (askIf).</summary>
public sealed class LoadingDialog(CoachingServices services)
    : ScriptedPartDialog(nameof(LoadingDialog), ScriptParts.Loading, Layer.Loading, services);
