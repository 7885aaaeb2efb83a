using BoneCoach.Assessment;
using BoneCoachBot.Script;

namespace BoneCoachBot.Dialogs;

/// <summary>Layer 4, inflammatory tone (dialogs/inflammation.json).</summary>
public sealed class InflammationDialog(CoachingServices services)
    : ScriptedPartDialog(nameof(InflammationDialog), ScriptParts.Inflammation, Layer.Inflammation, services);
