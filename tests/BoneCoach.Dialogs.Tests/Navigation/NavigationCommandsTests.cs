namespace BoneCoach.Dialogs.Tests.Navigation;

public class NavigationCommandsTests
{
    [Theory]
    [InlineData("back", NavigationRequest.Back)]
    [InlineData("Go back!", NavigationRequest.Back)]
    [InlineData("atrás", NavigationRequest.Back)]
    [InlineData("skip", NavigationRequest.Skip)]
    [InlineData("Skip this one.", NavigationRequest.Skip)]
    [InlineData("saltar", NavigationRequest.Skip)]
    [InlineData("I don't know", NavigationRequest.Skip)]
    [InlineData("no sé", NavigationRequest.Skip)]
    [InlineData("I walk back home", NavigationRequest.None)]
    [InlineData("I skip breakfast", NavigationRequest.None)]
    [InlineData(null, NavigationRequest.None)]
    public void Only_a_whole_answer_is_a_navigation_command(string? text, NavigationRequest expected)
    {
        Assert.Equal(expected, NavigationCommands.EnglishAndSpanish.Match(text));
    }

    [Fact]
    public void None_turns_navigation_off()
    {
        Assert.Equal(NavigationRequest.None, NavigationCommands.None.Match("back"));
    }
}
