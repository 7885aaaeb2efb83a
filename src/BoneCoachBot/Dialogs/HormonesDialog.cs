using BoneCoach.Assessment;

namespace BoneCoachBot.Dialogs;

/// <summary>Layer 2, endocrine (dialogs/hormones.json).</summary>
public sealed class HormonesDialog(CoachingServices services)
    : ScriptedPartDialog(nameof(HormonesDialog), "hormones", Layer.Endocrine, services);
