using BoneCoach.Assessment;
using BoneCoachBot.Wording;

namespace BoneCoachBot.Tests.Wording;

public sealed class RedFlagNoticeTests
{
    private static string Notice(params RedFlag[] flags) => ShippedWording.Messages.RedFlagNotice(flags);

    private static RedFlag Emergency(RedFlagCode code) => new(code, Urgency.Emergency, Hierarchy.Order.ToArray(), []);

    [Fact]
    public void An_emergency_says_call_now_with_emergency_numbers_and_names_what_she_said()
    {
        var notice = Notice(Emergency(RedFlagCode.UrgentChestPain));

        Assert.Contains("chest pain", notice);
        Assert.Contains("emergency number now", notice);
        Assert.Contains("911", notice);
        Assert.Contains("112", notice);
        Assert.Contains("999", notice);
    }

    [Fact]
    public void A_clinician_flag_names_the_finding_with_her_numbers_and_says_loading_goes_on_in_a_safe_form()
    {
        var flag = BoneAssessment.Assess(Personas.SixtyKilos with { HeightLossMeasuredCm = 3 }, new LayerAnswers()).RedFlags.Single();

        var notice = Notice(flag);

        Assert.Contains("height loss of 3 cm", notice);
        Assert.Contains("2 cm or more", notice);
        Assert.Contains("clinician", notice);
        Assert.Contains(ShippedWording.Wording.Plan(PlanTexts.ReferralAdapted), notice);
        Assert.DoesNotContain(ShippedWording.Wording.Plan(PlanTexts.ReferralPaused), notice);
        Assert.DoesNotContain("911", notice);
    }

    [Fact]
    public void The_emergency_comes_before_any_referral()
    {
        var referral = new RedFlag(RedFlagCode.GrowingStoop, Urgency.Clinician, [Layer.Loading], []);

        var notice = Notice(referral, Emergency(RedFlagCode.UrgentStrokeSigns));

        Assert.True(notice.IndexOf("911", StringComparison.Ordinal) < notice.IndexOf("stoop", StringComparison.Ordinal));
        Assert.Contains("stroke", notice);
    }

    [Fact]
    public void Steroid_tablets_are_named_without_their_dose()
    {
        var flag = BoneAssessment.Assess(
            Personas.SixtyKilos with { OralGlucocorticoidPrednisoloneMgPerDay = 7.5, OralGlucocorticoidMonths = 6 }, new LayerAnswers()).RedFlags.Single();

        var notice = Notice(flag);

        Assert.Contains("6 months", notice);
        Assert.DoesNotContain("7.5", notice);
        Assert.DoesNotContain("mg", notice);
    }

    [Fact]
    public void No_flags_say_nothing()
    {
        Assert.Equal(string.Empty, Notice());
    }
}
