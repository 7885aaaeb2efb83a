using BoneCoach.Assessment;

namespace BoneCoachBot.Cards;

/// <summary>
/// What to do about red flags, naming what was found in plain words: for an emergency, call now (with the
/// emergency numbers); otherwise see a clinician, and which part of the coaching waits for that.
/// </summary>
internal sealed class RedFlagNoticeText(CoachingWording wording)
{
    public string For(IReadOnlyList<RedFlag> flags)
    {
        ArgumentNullException.ThrowIfNull(flags);
        var parts = new List<string>();
        var emergencies = flags.Where(f => f.Urgency == Urgency.Emergency).ToList();
        if (emergencies.Count > 0)
        {
            parts.Add(Emergency(emergencies));
        }

        var referrals = flags.Where(f => f.Urgency == Urgency.Clinician).ToList();
        if (referrals.Count > 0)
        {
            parts.Add(Referral(referrals));
        }

        return string.Join("\n\n", parts);
    }

    public string Emergency(IReadOnlyList<RedFlag> emergencies) =>
        emergencies.Count == 0
            ? wording.Plan(PlanTexts.EmergencyCall)
            : $"{wording.Plan(PlanTexts.EmergencyFound)} {wording.JoinAnd(emergencies.Select(Finding))}. {wording.Plan(PlanTexts.EmergencyCall)}";

    public string Finding(RedFlag flag) =>
        wording.FillPlan(WordingKeys.RedFlag(flag.Code), flag.Figures)
        // Only if the core dropped a figure the wording needs: still send her to the clinician.
        ?? wording.Plan(WordingKeys.StatusReferred);

    private string Referral(IReadOnlyList<RedFlag> referrals)
    {
        var findings = referrals.Select(f => "- " + Finding(f));
        var paused = referrals.SelectMany(f => f.StopsCoaching).Distinct().OrderBy(Hierarchy.Rank)
            .Select(layer => wording.Plan(WordingKeys.LayerName(layer)));
        return string.Join("\n", findings.Prepend(wording.Plan(PlanTexts.ReferralFound)))
            + $"\n\n{wording.Plan(PlanTexts.ReferralBook)} {wording.Plan(PlanTexts.ReferralPaused)} {wording.JoinAnd(paused)}. {wording.Plan(PlanTexts.ReferralContinue)}";
    }
}
