using BoneCoachBot.Dialogs.Questions;

namespace BoneCoachBot.Tests.Answers;

public sealed class ReaderCultureTests
{
    [Theory]
    [InlineData("es-ES", null, "es-es")]
    [InlineData("es-MX", null, "es-mx")]
    [InlineData("es-US", null, "es-mx")]
    [InlineData("es-AR", null, "es-es")]
    [InlineData("es", null, "es-es")]
    [InlineData("en-US", "es", "es-mx")]
    [InlineData("en-GB", "es", "es-es")]
    [InlineData("es-ES", "en", "en-us")]
    [InlineData("en-GB", null, "en-us")]
    [InlineData(null, null, "en-us")]
    public void Her_words_are_read_in_the_language_she_speaks_with_her_regions_decimal_separator(string? locale, string? chosen, string expected)
        => Assert.Equal(expected, ReaderCulture.Resolve(locale, chosen));
}
