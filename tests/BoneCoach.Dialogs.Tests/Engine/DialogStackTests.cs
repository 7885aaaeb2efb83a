using BoneCoach.Dialogs.Tests.Harness;

namespace BoneCoach.Dialogs.Tests.Engine;

public class DialogStackTests
{
    private readonly List<string> _log = [];
    private readonly DialogSet _dialogs = new();
    private readonly DialogContext _dc;

    public DialogStackTests()
    {
        _dialogs.Add(new RecordingDialog("A", _log)).Add(new RecordingDialog("B", _log)).Add(new RecordingDialog("C", _log));
        _dc = new DialogContext(_dialogs, TurnContexts.Message(), new DialogState());
    }

    [Fact]
    public async Task Begin_pushes_the_dialog_on_top_and_waits()
    {
        await _dc.BeginDialogAsync("A");
        var result = await _dc.BeginDialogAsync("B", "opts");

        Assert.Equal(DialogTurnStatus.Waiting, result.Status);
        Assert.Equal(["B", "A"], _dc.Stack.Select(i => i.Id));
        Assert.Equal(["begin A", "begin B opts"], _log);
    }

    [Fact]
    public async Task Ending_the_top_dialog_resumes_its_parent_with_the_result()
    {
        await _dc.BeginDialogAsync("A");
        await _dc.BeginDialogAsync("B");

        var result = await _dc.ContinueDialogAsync();

        Assert.Equal(DialogTurnStatus.Waiting, result.Status);
        Assert.Equal("A", _dc.ActiveDialog!.Id);
        Assert.Equal(["begin A", "begin B", "continue B", "end B EndCalled", "resume A with result of B"], _log);
    }

    [Fact]
    public async Task Ending_the_last_dialog_completes_with_its_result()
    {
        await _dc.BeginDialogAsync("A");

        var result = await _dc.ContinueDialogAsync();

        Assert.Equal(DialogTurnStatus.Complete, result.Status);
        Assert.Equal("result of A", result.Result);
        Assert.Empty(_dc.Stack);
    }

    [Fact]
    public async Task Continue_on_an_empty_stack_is_Empty()
    {
        var result = await _dc.ContinueDialogAsync();

        Assert.Equal(DialogTurnStatus.Empty, result.Status);
    }

    [Fact]
    public async Task Cancel_all_ends_every_dialog_innermost_first()
    {
        await _dc.BeginDialogAsync("A");
        await _dc.BeginDialogAsync("B");

        var result = await _dc.CancelAllDialogsAsync();

        Assert.Equal(DialogTurnStatus.Cancelled, result.Status);
        Assert.Empty(_dc.Stack);
        Assert.Equal(["end B CancelCalled", "end A CancelCalled"], _log.Where(l => l.StartsWith("end", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Replace_swaps_the_top_dialog_without_resuming_the_parent()
    {
        await _dc.BeginDialogAsync("A");
        await _dc.BeginDialogAsync("B");

        await _dc.ReplaceDialogAsync("C", "next");

        Assert.Equal(["C", "A"], _dc.Stack.Select(i => i.Id));
        Assert.Equal(["begin A", "begin B", "end B ReplaceCalled", "begin C next"], _log);
    }

    [Fact]
    public async Task Beginning_an_unknown_dialog_throws_naming_it_and_the_fix()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => _dc.BeginDialogAsync("Missing"));

        Assert.Contains("'Missing'", error.Message, StringComparison.Ordinal);
        Assert.Contains("AddDialog", error.Message, StringComparison.Ordinal);
        Assert.Contains("A, B, C", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancellation_token_passed_as_options_is_rejected()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _dc.BeginDialogAsync("A", CancellationToken.None));
    }

    [Fact]
    public async Task Continuing_a_dialog_that_is_no_longer_registered_says_so()
    {
        var state = new DialogState([new DialogInstance { Id = "RenamedDialog" }]);
        var dc = new DialogContext(_dialogs, TurnContexts.Message(), state);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => dc.ContinueDialogAsync());

        Assert.Contains("'RenamedDialog'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_a_different_dialog_with_a_used_id_throws()
    {
        Assert.Throws<ArgumentException>(() => _dialogs.Add(new RecordingDialog("A", _log)));
    }

    [Fact]
    public async Task An_inner_context_finds_dialogs_of_its_parent()
    {
        var inner = new DialogContext(new DialogSet(), _dc, new DialogState());

        await inner.BeginDialogAsync("B");

        Assert.Equal("B", inner.ActiveDialog!.Id);
        Assert.Empty(_dc.Stack);
    }
}
