using BoneCoach.Assessment;

namespace BoneCoachBot.Coaching;

/// <summary>Her record as the core's inputs, and the core's verdict on them.</summary>
public sealed record CoachingInputs(Profile Profile, LayerAnswers Answers)
{
    public static CoachingInputs From(CoachingRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var sheet = record.Sheet;
        return new CoachingInputs(ProfileMapping.Map(sheet), LayerMapping.Map(sheet));
    }

    public AssessmentResult Assess() => BoneAssessment.Assess(Profile, Answers);

    public IReadOnlyList<RedFlag> RedFlags() => BoneCoach.Assessment.RedFlags.Detect(Profile, Answers);
}
