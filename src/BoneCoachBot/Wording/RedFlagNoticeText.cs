using BoneCoach.Assessment;

namespace BoneCoachBot.Wording;

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
        return string.Join("\n", findings.Prepend(wording.Plan(PlanTexts.ReferralFound)))
            + $"\n\n{wording.Plan(PlanTexts.ReferralBook)} {WhatHappensToCoaching(referrals)}";
    }

    // Paused layers are named; loading that goes on in its safe form says how; otherwise coaching carries on alongside.
    private string WhatHappensToCoaching(IReadOnlyList<RedFlag> referrals)
    {
        var pausedLayers = referrals.SelectMany(f => f.StopsCoaching).Distinct().OrderBy(Hierarchy.Rank).ToList();
        var adapted = referrals.Any(f => f.Adapts.Contains(Layer.Loading)) && !pausedLayers.Contains(Layer.Loading);
        var parts = new List<string>();
        if (pausedLayers.Count > 0)
        {
            var paused = pausedLayers.Select(layer => wording.Plan(WordingKeys.LayerName(layer)));
            parts.Add($"{wording.Plan(PlanTexts.ReferralPaused)} {wording.JoinAnd(paused)}.");
        }

        if (adapted)
        {
            parts.Add(wording.Plan(PlanTexts.ReferralAdapted));
        }

        parts.Add(wording.Plan(pausedLayers.Count > 0 ? PlanTexts.ReferralContinue : PlanTexts.ReferralAlongside));
        return string.Join(" ", parts);
    }
}
