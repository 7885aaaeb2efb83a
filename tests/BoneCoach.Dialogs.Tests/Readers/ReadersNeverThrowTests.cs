using BoneCoach.Dialogs.Tests.Harness;
using CsCheck;
using Microsoft.Bot.Builder;
using static BoneCoach.Dialogs.Tests.Harness.Script;

namespace BoneCoach.Dialogs.Tests.Readers;

/// <summary>No reader or prompt may throw on any string a channel can send: lone surrogates, U+FFFE, control characters, huge text.</summary>
public class ReadersNeverThrowTests
{
    // Any UTF-16 code unit, surrogate halves and non-characters included.
    private static readonly Gen<string> AnyText = Gen.Char[char.MinValue, char.MaxValue].Array[0, 80].Select(chars => new string(chars));

    // Text that looks like answers, so the recognizers' deeper paths run too.
    private static readonly string[] AnswerParts =
        ["62", " kg", "5'6", "\"", "stone", "\uFFFE", "\uD800", "\uDC00", "-", ",", "every", " day", "not", "actually", "a", "one", "in 2019", "%", "ish", "\u0301", "😀"];

    // Text that looks like answers, so the recognizers' deeper paths run too.
    private static readonly Gen<string> AnswerLikeText = Gen.Int[0, AnswerParts.Length - 1].Select(i => AnswerParts[i]).Array[0, 12].Select(parts => string.Concat(parts));

    [Fact]
    public void The_normalizer_never_throws() => AnyText.Sample(text => _ = TextNormalizer.Normalize(text), iter: 2000);

    [Fact]
    public void The_readers_never_throw_on_any_text() => Gen.OneOf(AnyText, AnswerLikeText).Sample(ReadEverything, iter: 150);

    [Theory]
    [InlineData("\uFFFE")]
    [InlineData("\uD800")]
    [InlineData("a \uDC00 b")]
    [InlineData("\uFFFF\uFFFE\uD83D")]
    [InlineData("\0\u0001\u001b[m")]
    public async Task Every_prompt_answers_odd_text_with_its_retry(string text)
    {
        var rules = new QuantityRules { TargetUnit = "kg", Min = 30, Max = 250 };
        var harness = new DialogHarness(() => Root(
            [
                Ask("number", "number?", o => o.RetryPrompt = MessageFactory.Text("number again")),
                Ask("quantity", "quantity?", o => { o.Validations = rules; o.RetryPrompt = MessageFactory.Text("quantity again"); }),
                Echo(),
            ],
            new NumberPrompt<double>("number"),
            new QuantityPrompt("quantity")));

        await harness.Flow()
            .Send("hi").AssertReply("number?")
            .Send(text).AssertReply("number again")
            .Send("62 \uDC00 years old").AssertReply("quantity?")
            .Send(text).AssertReply("quantity again")
            .StartTestAsync();
    }

    [Fact]
    public void A_huge_message_is_read_only_as_far_as_the_budget()
    {
        var huge = string.Concat(Enumerable.Repeat("I walk 3 times a week and weigh 60 kg. ", 50_000));

        Assert.Equal(TextBudget.MaxChars, TextBudget.Slice(huge).Length);
        Assert.Equal(3, FrequencyParser.Read(huge[..30], "en-US"));
        ReadEverything(huge);
    }

    private static void ReadEverything(string text)
    {
        _ = TextNormalizer.Normalize(text);
        _ = MentionFinder.Find(text, "en-us");
        _ = MentionFinder.Find(text, "es-es");
        _ = NumberReader.Read(text, "en-us", new NumberRules { Integer = true, Min = 0, Cues = ["day"] });
        _ = QuantityParser.Read(text, "en-us");
        _ = FrequencyParser.ReadFrequency(text, "es-es");
        _ = CorrectionReader.Read(text, "en-us");
        _ = NotKnowing.Matches(text, noMeansUnknown: true);
        _ = ZeroWords.Matches(text);
        _ = NoneWords.Matches(text);
        _ = Hedges.Strip(text);
        _ = ChoiceMatcher.Match(text, [new Choice("Yes"), new Choice("No")], "en-us");
        _ = ConfirmWords.English.Match(text);
    }
}
