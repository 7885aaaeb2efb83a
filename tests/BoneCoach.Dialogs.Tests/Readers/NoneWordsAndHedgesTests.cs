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

    [Theory]
    [InlineData("never had it")]
    [InlineData("never had one")]
    [InlineData("I've never had one")]
    [InlineData("haven't had one")]
    [InlineData("nope never done any")]
    public void Never_having_had_one_is_a_no_or_a_zero_rather_than_not_knowing(string text)
    {
        Assert.True(NotKnowing.NeverHad(text));
        Assert.True(ZeroWords.Matches(text));
    }

    [Theory]
    [InlineData("never had it tested")]
    [InlineData("never had a scan")]
    [InlineData("dunno, never had one")]
    [InlineData("not sure, never had it checked")]
    public void Never_having_had_a_test_or_saying_so_with_dont_know_is_still_not_knowing(string text)
    {
        Assert.False(NotKnowing.NeverHad(text));
        Assert.False(ZeroWords.Matches(text));
        Assert.True(NotKnowing.Matches(text));
    }

    [Fact]
    public void A_negation_alone_picks_no_choice()
    {
        Choice[] choices = [new("Yes"), new("No"), new("Not sure", "unsure")];

        Assert.Null(ChoiceMatcher.Match("not black", choices, "en-us"));
        Assert.Null(ChoiceMatcher.Match("My mother broke her hip when she was in her 80s", [new("Yes", "i was", "i did"), new("No")], "en-us"));
        Assert.Equal(2, ChoiceMatcher.Match("I'm not sure", choices, "en-us")?.Index);
    }
}

public class StonesWrittenShortTests
{
    [Theory]
    [InlineData("11st", 11)]
    [InlineData("about 12st", 12)]
    public void A_number_with_st_that_is_no_proper_ordinal_is_stones(string text, int stones)
    {
        var first = MentionFinder.Find(text, "en-gb")[0];

        Assert.Equal("st", first.Unit?.Symbol);
        Assert.Equal(stones, (int)first.Value);
    }
}
