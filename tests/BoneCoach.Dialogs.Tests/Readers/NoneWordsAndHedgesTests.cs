namespace BoneCoach.Dialogs.Tests.Readers;

public class NoneWordsAndHedgesTests
{
    [Theory]
    [InlineData("none")]
    [InlineData("None at all")]
    [InlineData("nope, none")]
    [InlineData("no none")]
    [InlineData("nothing")]
    [InlineData("none whatsoever")]
    [InlineData("ninguno")]
    [InlineData("Ninguna")]
    [InlineData("nada")]
    [InlineData("pues nada")]
    public void None_said_as_the_whole_answer_is_recognised(string text) => Assert.True(NoneWords.Matches(text));

    // These speak of a past habit or of something else, so a question telling former from current must still see them.
    [Theory]
    [InlineData("not any more")]
    [InlineData("not anymore")]
    [InlineData("gave up")]
    [InlineData("never")]
    [InlineData("none of your business")]
    [InlineData("nothing like the pain I had")]
    [InlineData("no")]
    [InlineData("")]
    public void Other_answers_are_not_taken_for_none(string text) => Assert.False(NoneWords.Matches(text));

    [Theory]
    [InlineData("hmm actually yes", "yes")]
    [InlineData("well actually yes", "yes")]
    [InlineData("actually, yes I do", "yes I do")]
    [InlineData("Hmm, well... no", "no")]
    [InlineData("pues en realidad sí", "sí")]
    [InlineData("la verdad es que no", "no")]
    public void Opening_hedges_are_taken_off(string text, string expected) => Assert.Equal(expected, Hedges.Strip(text));

    [Theory]
    [InlineData("yes")]
    [InlineData("actual value 5")]
    [InlineData("sorry I meant 61")]
    [InlineData("so-so")]
    public void A_message_without_an_opening_hedge_is_left_as_it_is(string text) => Assert.Equal(text, Hedges.Strip(text));
}
