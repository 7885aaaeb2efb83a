namespace BoneCoach.Dialogs.Tests.Readers;

public class NotKnowingAndZeroTests
{
    public static TheoryData<string> NotKnowingAnswers => new()
    {
        "I don't know", "i dont know", "don't know", "Not sure", "no idea", "No idea!", "dunno", "dunno, never had it tested",
        "can't remember", "cannot recall", "I don't remember", "never had one", "never had it checked", "never been tested",
        "haven't had one", "idk", "not sure tbh", "I forget", "no clue", "no sé", "No lo sé", "ni idea", "no me acuerdo",
        "nunca me lo han medido",
    };

    public static TheoryData<string> KnowingAnswers => new()
    {
        "no", "nope", "62", "I know it", "yes", "every day", "I walk", "none", "I had one last year", "sure",
    };

    [Theory]
    [MemberData(nameof(NotKnowingAnswers))]
    public void Not_knowing_is_recognised(string text) => Assert.True(NotKnowing.Matches(text));

    [Theory]
    [MemberData(nameof(KnowingAnswers))]
    public void Other_answers_are_not_taken_for_not_knowing(string text) => Assert.False(NotKnowing.Matches(text));

    [Theory]
    [InlineData("no")]
    [InlineData("Nope.")]
    [InlineData("nah")]
    [InlineData("no I don't")]
    [InlineData("not really")]
    public void A_plain_no_means_not_knowing_only_when_the_question_asked_if_she_knows(string text)
    {
        Assert.True(NotKnowing.Matches(text, noMeansUnknown: true));
        Assert.False(NotKnowing.Matches(text));
    }

    [Theory]
    [InlineData("none")]
    [InlineData("None at all")]
    [InlineData("never")]
    [InlineData("Never.")]
    [InlineData("not at all")]
    [InlineData("no I don't")]
    [InlineData("no")]
    [InlineData("nope")]
    [InlineData("zero")]
    [InlineData("0")]
    [InlineData("I don't")]
    [InlineData("I never do")]
    [InlineData("nunca")]
    [InlineData("ninguno")]
    [InlineData("para nada")]
    public void Zero_words_mean_zero(string text) => Assert.True(ZeroWords.Matches(text));

    [Theory]
    [InlineData("never had one tested")]
    [InlineData("I don't know")]
    [InlineData("none of your business")]
    [InlineData("not at all sure, maybe 3")]
    [InlineData("no, 3 times")]
    [InlineData("I never miss a day")]
    public void Other_answers_are_not_zero(string text) => Assert.False(ZeroWords.Matches(text));
}
