using BoneCoach.Dialogs.Tests.Harness;

namespace BoneCoach.Dialogs.Tests.Prompts;

public class PromptGuardTests
{
    private readonly DialogContext _dc = new(new DialogSet().Add(new TextPrompt("text")), TurnContexts.Message(), new DialogState());

    [Fact]
    public async Task A_prompt_begun_without_prompt_options_says_how_to_call_it()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => _dc.BeginDialogAsync("text", "What is your name?"));

        Assert.Contains("PromptAsync", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_prompt_needs_at_least_one_attempt()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _dc.PromptAsync("text", new PromptOptions { MaxAttempts = 0 }));
    }

    [Fact]
    public async Task Going_back_with_nothing_on_the_stack_is_Empty()
    {
        var result = await _dc.GoBackAsync();

        Assert.Equal(DialogTurnStatus.Empty, result.Status);
    }

    [Fact]
    public async Task A_set_without_a_state_accessor_cannot_create_a_context()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => new DialogSet().CreateContextAsync(TurnContexts.Message()));

        Assert.Contains("CreateProperty<DialogState>", error.Message, StringComparison.Ordinal);
    }
}
