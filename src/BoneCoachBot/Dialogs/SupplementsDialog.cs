using BoneCoach.Assessment;
using BoneCoachBot.Script;

namespace BoneCoachBot.Dialogs;

/// <summary>Layer 5, minerals and cofactors (dialogs/supplements.json).</summary>
public sealed class SupplementsDialog(CoachingServices services)
    : ScriptedPartDialog(nameof(SupplementsDialog), ScriptParts.Supplements, Layer.Minerals, services);
