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

    /// <summary>The same, and which layers still have questions for later (the plan says more answers would sharpen them).</summary>
    public static CoachingInputs From(CoachingRecord record, Script.ConversationScript script)
    {
        var inputs = From(record);
        return inputs with { Answers = inputs.Answers with { NotAskedYet = NotAskedYet.Layers(script, record.Sheet) } };
    }

    public AssessmentResult Assess() => BoneAssessment.Assess(Profile, Answers);

    public IReadOnlyList<RedFlag> RedFlags() => BoneCoach.Assessment.RedFlags.Detect(Profile, Answers);
}
