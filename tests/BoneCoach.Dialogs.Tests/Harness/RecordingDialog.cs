using Microsoft.Bot.Builder;

namespace BoneCoach.Dialogs.Tests.Harness;

/// <summary>A dialog that writes what the engine asks of it into a shared log.</summary>
public sealed class RecordingDialog(string id, List<string> log) : Dialog(id)
{
    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        log.Add($"begin {Id} {options}".TrimEnd());
        return Task.FromResult(EndOfTurn);
    }

    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        log.Add($"continue {Id}");
        return dc.EndDialogAsync($"result of {Id}", cancellationToken);
    }

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        log.Add($"resume {Id} with {result}");
        return Task.FromResult(EndOfTurn);
    }

    public override Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        log.Add($"end {Id} {reason}");
        return Task.CompletedTask;
    }
}
