using BoneCoach.Assessment;
using BoneCoachBot.Coaching;

namespace BoneCoachBot.Tests.Conversation;

// The conditions and medicines that cause bone loss, asked once: her own words read against the short lists.
public sealed class BoneLossAnswersTests
{
    [Theory]
    [InlineData("none", BoneLossConditions.None)]
    [InlineData("No, none of those", BoneLossConditions.None)]
    [InlineData("I have coeliac disease and Crohn's", BoneLossConditions.CoeliacOrInflammatoryBowelDisease)]
    [InlineData("type 1 diabetes since I was 12", BoneLossConditions.Type1Diabetes)]
    [InlineData("had a gastric bypass in 2015, and anorexia as a teen", BoneLossConditions.BariatricSurgery | BoneLossConditions.EatingDisorder)]
    [InlineData("lupus", BoneLossConditions.Other)]
    public void Conditions_are_understood_the_first_time(string said, BoneLossConditions expected) =>
        Assert.Equal(expected, BoneLossAnswers.Conditions(said));

    [Theory]
    [InlineData("nothing", BoneLossMedicines.None)]
    [InlineData("I take omeprazole every day", BoneLossMedicines.LongTermProtonPumpInhibitor)]
    [InlineData("letrozole and levothyroxine", BoneLossMedicines.AromataseInhibitor | BoneLossMedicines.TooMuchThyroidHormone)]
    [InlineData("Tegretol for epilepsy", BoneLossMedicines.EnzymeInducingAnticonvulsant)]
    [InlineData("just statins", BoneLossMedicines.Other)]
    public void Medicines_are_understood_the_first_time(string said, BoneLossMedicines expected) =>
        Assert.Equal(expected, BoneLossAnswers.Medicines(said));

    [Fact]
    public void No_answer_is_unknown_never_none() => Assert.Null(BoneLossAnswers.Conditions(null));

    [Fact]
    public void Values_picked_from_the_lists_map_to_the_cores_flags_and_the_questions_of_their_own_are_left_out()
    {
        var conditions = new StoredAnswer { Choices = ["rheumatoidArthritis", "coeliacOrIbd", "type1Diabetes"] };
        var medicines = new StoredAnswer { Choices = ["warfarin", "protonPumpInhibitor", "boneMedicine"] };

        Assert.Equal(BoneLossConditions.CoeliacOrInflammatoryBowelDisease | BoneLossConditions.Type1Diabetes, BoneLossAnswers.ConditionsOf(conditions));
        Assert.Equal(BoneLossMedicines.LongTermProtonPumpInhibitor, BoneLossAnswers.MedicinesOf(medicines));
        Assert.Equal(BoneLossMedicines.None, BoneLossAnswers.MedicinesOf(new StoredAnswer { Choices = [] }));
        Assert.Equal(BoneLossConditions.CoeliacOrInflammatoryBowelDisease, BoneLossAnswers.ConditionsOf(new StoredAnswer { Readable = "coeliac" }));
        Assert.Null(BoneLossAnswers.ConditionsOf(null));
    }
}
