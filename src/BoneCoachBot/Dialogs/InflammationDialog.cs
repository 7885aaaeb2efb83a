using BoneCoach.Assessment;
using BoneCoachBot.Dialogs.Questions;
using BoneCoachBot.Script;
using BoneCoachBot.Wording;

namespace BoneCoachBot.Dialogs;

/// <summary>Layer 4, inflammatory tone (dialogs/inflammation.json).</summary>
public sealed class InflammationDialog(QuestionAsking asking, ICoachingMessages messages)
    : ScriptedPartDialog(nameof(InflammationDialog), ScriptParts.Inflammation, Layer.Inflammation, asking, messages);
