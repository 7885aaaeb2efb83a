namespace BoneCoach.Dialogs.Tests.Readers;

/// <summary>The shapes that make a backtracking match slow are refused, and the ones the readers and triage use are not.</summary>
public sealed class RegexShapeTests
{
    [Theory]
    [InlineData(@"^(?:(?:no+|nope|no,no)\s+)*none$", @"repeats the group '(?:(?:no+|nope|no,no)\s+)' without bound")]
    [InlineData(@"(a+)+b", "repeats the group '(a+)' without bound")]
    [InlineData(@"(?:ab|a)*c", "repeats the group '(?:ab|a)' without bound")]
    [InlineData(@"(?<word>\w+\s){2,}", @"repeats the group '(?<word>\w+\s)' without bound")]
    [InlineData(@"x(?:y|(?:z\d)+)", @"repeats the group '(?:z\d)' without bound")]
    public void A_group_repeated_without_bound_is_refused(string pattern, string problem) =>
        Assert.Equal(problem, RegexShape.Problem(pattern));

    [Theory]
    [InlineData(@"^\s*[,;]?\s*(?:but|instead)?\s*[,;:]?\s*$", @"\s")]
    [InlineData(@"\d+\s*\d+", @"\d")]
    [InlineData(@"x[a-z]+(?:,)?[a-z]*y", "[a-z]")]
    [InlineData(@"\s+\s+x", @"\s")]
    public void The_same_repetition_twice_with_nothing_required_between_is_refused(string pattern, string repeated) =>
        Assert.Equal($"repeats '{repeated}' twice with nothing required between", RegexShape.Problem(pattern));

    [Theory]
    [InlineData(@"^(?>(?:no+|nope|no,no)\s+)*none$")]
    [InlineData(@"^\s*(?:[,;]\s*)?(?:(?:but|instead)\s*)?(?:[,;:]\s*)?$")]
    [InlineData(@"\d+\s*(?:kg|kilos)\s*\d+")]
    [InlineData(@"\s+\b\w+\b\s+")]
    [InlineData(@"\b(?:(?:is|was|about)\s+){0,3}\d+")]
    [InlineData(@"\bllevo (\w+ )?(horas )?en el suelo\b")]
    [InlineData(@"\(a\)*[()*+]+\p{L}*(?i)x{2}")]
    [InlineData(@"(?<=\d)\s*(?<suffix>-?ish|x)\b")]
    public void Optional_bounded_atomic_and_single_character_repetitions_pass(string pattern) =>
        Assert.Null(RegexShape.Problem(pattern));

    [Theory]
    [InlineData(@"\bsudden(ly)?\b.{0,40}\b(numb|weak)\b", 0)]
    [InlineData(@"\b(entumecid\w*|sangr\w*|dolor)\b", 1)]
    [InlineData(@"\bfed up with it all[.!? ]*$", 1)]
    [InlineData(@"^(?>(?:no|um+)\s+)*none$", 3)]
    [InlineData(@"\bchest\w*\s+\w+ pain\b", 3)]
    [InlineData(@"\bfrom\b.{0,1000}\bto\b", 1)]
    public void Open_ended_repetitions_count_on_the_branch_with_the_most(string pattern, int openEnded)
    {
        Assert.Null(RegexShape.Problem(pattern, maxOpenEnded: openEnded));
        if (openEnded > 0)
        {
            Assert.Equal($"has {openEnded} open-ended repetitions, and at most {openEnded - 1} keeps it fast", RegexShape.Problem(pattern, maxOpenEnded: openEnded - 1));
        }
    }
}
