using BoneCoach.Dialogs;
using BoneCoachBot.Coaching;
using BoneCoachBot.Dialogs;

namespace BoneCoachBot.Commands;

/// <summary>
/// Her words about the conversation, read before the open question sees them: a message no question can use, a
/// command of dialogs/commands.json (each answered by the one handler registered for its id), then words a handler
/// reads itself (reminder phrases). Null lets the message through to the open question.
/// </summary>
public sealed class CommandLayer
{
    /// <summary>A message after this long a pause is met with a reminder of where she is before her question.</summary>
    public static readonly TimeSpan ResumeReminderAfter = TimeSpan.FromMinutes(30);

    private readonly Dictionary<string, ICommandHandler> _byCommand;
    private readonly List<ICommandHandler> _byWords;
    private readonly CommandCatalog _catalog;
    private readonly CoachingState _state;
    private readonly TimeProvider _time;

    public CommandLayer(IEnumerable<ICommandHandler> handlers, CommandCatalog catalog, CoachingState state, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        ArgumentNullException.ThrowIfNull(catalog);
        var all = handlers.ToList();
        _byCommand = ByCommand(all, catalog);
        _byWords = all.Where(h => h.CommandId is null).ToList();
        _catalog = catalog;
        _state = state;
        _time = time;
        Dialogs = all.SelectMany(h => h.Dialogs).Distinct().ToList();
    }

    /// <summary>The dialogs the handlers begin; they belong on the conversation's own stack.</summary>
    public IReadOnlyList<Dialog> Dialogs { get; }

    public async Task<DialogTurnResult?> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var record = await _state.RecordAsync(dc.Context, cancellationToken);
        var marks = await _state.MarksAsync(dc.Context, cancellationToken);
        var away = marks.LastMessageAt is { } previous ? _time.GetUtcNow() - previous : (TimeSpan?)null;
        var context = new CommandContext(dc, _catalog.Match(dc.Context.Activity), record, marks, _catalog, away);
        if (context.Command is null && InputGuard.Problem(dc.Context.Activity) is { } problem)
        {
            await context.SayAsync(_catalog.Text(problem), cancellationToken);
            return context.InProgress ? Dialog.EndOfTurn : new DialogTurnResult(DialogTurnStatus.Complete);
        }

        var returning = IsReturningAfterBreak(context);
        marks.LastMessageAt = _time.GetUtcNow();
        if (context.Command is { } command)
        {
            return await _byCommand[command].TryHandleAsync(context, cancellationToken);
        }

        foreach (var handler in _byWords)
        {
            if (await handler.TryHandleAsync(context, cancellationToken) is { } answered)
            {
                return answered;
            }
        }

        // Days later the conversation stack is still there; a reminder of where she is comes before the question.
        return returning ? await _byCommand[CommandIds.Resume].TryHandleAsync(context, cancellationToken) : null;
    }

    // Days later any message gets the welcome back (ResumeCommand); a check-in's questions, with no position, are
    // simply answered after a short pause.
    private static bool IsReturningAfterBreak(CommandContext context) =>
        context.InProgress && context.Away is { } away
        && (away >= WelcomeBack.After || (context.Marks.Position is not null && away >= ResumeReminderAfter));

    // Every command of dialogs/commands.json has exactly one handler, and every handler's command is in the file:
    // a gap would otherwise surface as an exception in her chat.
    private static Dictionary<string, ICommandHandler> ByCommand(List<ICommandHandler> handlers, CommandCatalog catalog)
    {
        var byCommand = new Dictionary<string, ICommandHandler>(StringComparer.Ordinal);
        foreach (var handler in handlers.Where(h => h.CommandId is not null))
        {
            if (!byCommand.TryAdd(handler.CommandId!, handler))
            {
                throw new InvalidOperationException(
                    $"Two command handlers answer '{handler.CommandId}': {byCommand[handler.CommandId!].GetType().Name} and {handler.GetType().Name}. Register one.");
            }
        }

        var ids = catalog.Script.Commands.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var unknown = byCommand.Keys.Where(id => !ids.Contains(id)).ToList();
        var unanswered = ids.Where(id => !byCommand.ContainsKey(id)).ToList();
        if (unknown.Count > 0 || unanswered.Count > 0)
        {
            throw new InvalidOperationException(
                $"dialogs/{CommandCatalog.ScriptName}.json and the command handlers disagree. " +
                $"Handlers for commands not in the file: [{string.Join(", ", unknown)}]; commands without a handler: [{string.Join(", ", unanswered)}].");
        }

        return byCommand;
    }
}
