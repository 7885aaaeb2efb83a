using System.Globalization;

namespace BoneCoach.Dialogs.Tests.Readers;

public class CorrectionReaderTests
{
    public static TheoryData<string, string, string> Corrections => new()
    {
        { "en-US", "actually I'm 61 not 62", "61 was 62" },
        { "en-GB", "Actually, I'm 61, not 62", "61 was 62" },
        { "en-US", "I meant 150 pounds", "150 lb" },
        { "en-GB", "sorry, I meant 9 stone 3", "129 lb" },
        { "en-US", "change my weight to 58 kg", "58 kg about weight" },
        { "en-US", "update my height to 5'5", "65 in about height" },
        { "en-US", "my T-score was -2.1 not -1.2", "-2.1 was -1.2 about t-score" },
        { "en-US", "it's 5.6 not 6.5", "5.6 was 6.5" },
        { "es-ES", "no 62 sino 61", "61 was 62" },
        { "es-ES", "quise decir 61", "61" },
    };

    [Theory]
    [MemberData(nameof(Corrections))]
    public void A_correction_names_the_new_value_and_what_it_replaces(string culture, string text, string expected)
    {
        var correction = CorrectionReader.Read(text, culture);

        Assert.NotNull(correction);
        Assert.Equal(expected, Describe(correction));
    }

    [Theory]
    [InlineData("62")]
    [InlineData("about 60 kg")]
    [InlineData("I'm 62, not on any medicine")]
    [InlineData("not sure")]
    [InlineData("no, never")]
    [InlineData("3 or 4")]
    [InlineData("I had one last year")]
    public void An_answer_is_not_a_correction(string text) => Assert.Null(CorrectionReader.Read(text, "en-US"));

    private static string Describe(Correction correction)
    {
        var text = Number(correction.NewValue);
        text += correction.OldValue is null ? string.Empty : $" was {Number(correction.OldValue)}";
        return text + (correction.Subject is null ? string.Empty : $" about {correction.Subject}");
    }

    private static string Number(Mention? mention) => mention is null
        ? "?"
        : (mention.Value.ToString("0.##", CultureInfo.InvariantCulture) + " " + mention.Unit?.Symbol).Trim();
}
