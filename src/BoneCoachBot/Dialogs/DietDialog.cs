using BoneCoach.Assessment;
using BoneCoachBot.Script;

namespace BoneCoachBot.Dialogs;

/// <summary>Layer 3, structural substrate: protein (dialogs/diet.json).</summary>
public sealed class DietDialog(CoachingServices services)
    : ScriptedPartDialog(nameof(DietDialog), ScriptParts.Diet, Layer.Substrate, services);
