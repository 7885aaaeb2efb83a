using BoneCoach.Assessment;
using BoneCoachBot.Script;

namespace BoneCoachBot.Dialogs;

/// <summary>Layer 2, endocrine (dialogs/hormones.json).</summary>
public sealed class HormonesDialog(CoachingServices services)
    : ScriptedPartDialog(nameof(HormonesDialog), ScriptParts.Hormones, Layer.Endocrine, services);
