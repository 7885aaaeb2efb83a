namespace BoneCoach.Dialogs.Tests.Prompts;

public class PromptCultureTests
{
    [Theory]
    [InlineData("es-ES", null, "es-es")]
    [InlineData("es-AR", null, "es-es")]
    [InlineData("es", null, "es-es")]
    [InlineData("en-GB", null, "en-us")]
    [InlineData("en-US", "es-ES", "en-us")]
    [InlineData(null, "es-ES", "es-es")]
    [InlineData("", "fr-FR", "fr-fr")]
    [InlineData("xx-YY", "es-ES", "es-es")]
    [InlineData(null, null, "en-us")]
    [InlineData("xx-YY", "zz", "en-us")]
    public void The_activity_locale_wins_then_the_default_then_English(string? activityLocale, string? defaultLocale, string expected)
    {
        Assert.Equal(expected, PromptCulture.Resolve(activityLocale, defaultLocale));
    }
}
