using BoneCoachBot.Coaching;
using BoneCoachBot.Dialogs.Questions;
using BoneCoachBot.Language;
using BoneCoachBot.Script;
using BoneCoachBot.Tests.Conversation;
using Microsoft.Extensions.DependencyInjection;

namespace BoneCoachBot.Tests.Answers;

/// <summary>
/// Found chatting: "I'm a bit scared of falling on ice in winter", typed at the strength question, kept a fear of falling
/// (which sends her to a clinician and stops jumping). A yes said with a hedge of degree is asked as a yes before it is
/// kept, and is never taken from a message about another question.
/// </summary>
public sealed class HedgedYesTests(CoachingHost host) : IClassFixture<CoachingHost>
{
    private static readonly DateOnly Today = new(2026, 6, 1);

    [Theory]
    [InlineData("en-GB", "fearOfFalling", "I'm a bit scared of falling on ice in winter", "worry about falling")]
    [InlineData("en-US", "vitaminK2", "now and then", "vitamin K2")]
    [InlineData("es-ES", "fearOfFalling", "me da un poco de miedo caerme", null)]
    public void A_hedged_yes_at_its_own_question_is_read_back_as_a_yes(string locale, string questionId, string message, string? label)
    {
        using var speaking = ScriptLanguage.Use(TurnLanguage.FromLocale(locale));
        var turn = host.Services.GetRequiredService<QuestionTurn>();
        var open = turn.Guide.Find(questionId)!;

        var read = turn.Decide(open, message, new Dictionary<string, StoredAnswer>(), new ReadOptions(locale.ToLowerInvariant(), Today)).Reading!.Open;

        Assert.True(read.Answer?.YesNo);
        var expected = turn.Guide.Text("readBackYesAboutOther").Replace("{label}", label ?? turn.Guide.Fact(questionId)!.Label, StringComparison.Ordinal);
        Assert.Equal(expected, turn.ReadBackWording(open.Question, read));
    }

    [Fact]
    public void A_hedged_yes_in_a_message_about_another_question_is_not_taken()
    {
        var turn = host.Services.GetRequiredService<QuestionTurn>();
        var open = turn.Guide.Find("strengthIntensity")!;

        var reading = turn.Decide(open, "I'm a bit scared of falling on ice in winter", new Dictionary<string, StoredAnswer>(), new ReadOptions("en-gb", Today)).Reading!;

        Assert.DoesNotContain(reading.Facts, fact => fact.Question.Question.Id == "fearOfFalling");
        Assert.False(reading.Open.IsValue);
    }
}
