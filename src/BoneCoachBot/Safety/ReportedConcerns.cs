using BoneCoach.Assessment;
using BoneCoachBot.CheckIns;
using BoneCoachBot.Script;
using Microsoft.Bot.Builder;

namespace BoneCoachBot.Safety;

/// <summary>
/// What she reported along the way, for the clinician summary: the red flags of every weekly check-in (not only the
/// latest) and the signs the safety net noted in the chat, each with its day, in the wording of dialogs/safety.json.
/// </summary>
public sealed class ReportedConcerns(SafetyState safety, CheckInState checkIns, ConversationScript script)
{
    // A sign's wording in dialogs/safety.json is "sign." and its name ("sign.chestPain").
    private const string SignPrefix = "sign.";

    public async Task<IReadOnlyList<ReportedConcern>> ForAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var texts = script[ScriptParts.Safety];
        var history = (await checkIns.RecordOfAsync(turnContext, cancellationToken)).History;
        var fromCheckIns = history.SelectMany(checkIn => ProgressTracker.NewRedFlags(checkIn)
            .Select(flag => new ReportedConcern(checkIn.WeekStarting, flag.Urgency, texts.Text(SafetyTextKeys.WhereCheckIn), Code: flag.Code)));
        var fromChat = (await safety.NotesAsync(turnContext, cancellationToken)).Signs
            .Select(sign => new ReportedConcern(sign.ReportedOn, sign.Class == TriageClass.Emergency ? Urgency.Emergency : Urgency.Clinician,
                texts.Text(SafetyTextKeys.WhereChat), What: texts.Texts.GetValueOrDefault(SignPrefix + sign.Sign, sign.Sign)));
        return [.. fromCheckIns, .. fromChat];
    }
}
