using BoneCoach.Dialogs;
using BoneCoachBot.CheckIns;
using BoneCoachBot.Coaching;
using BoneCoachBot.Dialogs;
using BoneCoachBot.Script;

namespace BoneCoachBot.Commands;

/// <summary>
/// A woman the coach knows, back in a new conversation or after days away: welcomed by name when her channel gives
/// one, told where she is (a part and question, her plan, a check-in due) and what she can do next, then the open
/// question again (or the questions picked up where she stopped). Never a fresh welcome, never a bare re-ask.
/// </summary>
public sealed class WelcomeBack
{
    /// <summary>
    /// How long away counts as coming back rather than a pause: a greeting the next day or later. Shorter pauses get
    /// the one-line reminder (<see cref="CommandLayer.ResumeReminderAfter"/>).
    /// </summary>
    public static readonly TimeSpan After = TimeSpan.FromDays(1);

    /// <summary>The check-ins are weekly (DESIGN.md): one is due a week after the last, or after the plan.</summary>
    public static readonly TimeSpan CheckInEvery = TimeSpan.FromDays(7);

    // Names some channels send when they know none; a welcome by such a name would read oddly.
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase) { "user", "you", "guest", "me", "anonymous" };

    private readonly PartDialogs _parts;
    private readonly ConversationScript _script;
    private readonly CheckInState _checkIns;
    private readonly TimeProvider _time;

    public WelcomeBack(ConversationScript script, CheckInState checkIns, TimeProvider time, PartDialogs parts)
    {
        _script = script;
        _checkIns = checkIns;
        _time = time;
        _parts = parts;
    }

    /// <summary>Whether she is someone to welcome back: she has answered the consent question before.</summary>
    public static bool Knows(CoachingRecord record) => record.Consent != ConsentStatus.NotAsked;

    public async Task<DialogTurnResult> GreetAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Marks.LastMessageAt = _time.GetUtcNow();
        var hello = Hello(context);
        if (context.Record.Consent != ConsentStatus.Given)
        {
            return await context.SayThenResumeAsync($"{hello} {context.Catalog.Text(CommandTextKeys.NotConsented)}", cancellationToken);
        }

        if (!context.InProgress && context.HasPlan)
        {
            var due = await CheckInDueAsync(context, cancellationToken);
            var key = due ? CommandTextKeys.WelcomeBackCheckInDue : CommandTextKeys.WelcomeBackPlanReady;
            await context.SayAsync($"{hello} {context.Catalog.Text(key)}", cancellationToken);
            return new DialogTurnResult(DialogTurnStatus.Complete);
        }

        await context.SayAsync($"{hello} {Where(context)}", cancellationToken);
        if (context.InProgress)
        {
            return await context.ResumeAsync(cancellationToken);
        }

        // Nothing open here (a new conversation): the questions pick up at the first one she hasn't answered.
        return await context.Dc.BeginDialogAsync(nameof(MainDialog), null, cancellationToken);
    }

    private static string Hello(CommandContext context)
    {
        var name = context.Turn.Activity.From?.Name?.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return name is { Length: > 1 } && name.All(char.IsLetter) && !NotNames.Contains(name)
            ? context.Catalog.Text(CommandTextKeys.WelcomeBackNamed).Replace("{name}", name, StringComparison.Ordinal)
            : context.Catalog.Text(CommandTextKeys.WelcomeBack);
    }

    // Where she is: the open question's part, else the first part she hasn't finished; a check-in or confirmation
    // open above the questions is simply carried on.
    private string Where(CommandContext context)
    {
        var part = context.InProgress
            ? context.Marks.Position?.Part
            : CoachingParts.InOrder.FirstOrDefault(p => !context.Record.HasCompleted(p));
        if (part is null || _parts.For(part) is not { } dialog)
        {
            return context.Catalog.Text(CommandTextKeys.WelcomeBackCarryOn);
        }

        var (at, of) = dialog.Progress(context.Record.Sheet);
        return context.Catalog.Text(CommandTextKeys.WelcomeBackWhere)
            .Replace("{title}", _script[part].Title, StringComparison.Ordinal)
            .Replace("{n}", at.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{m}", of.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private async Task<bool> CheckInDueAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var history = (await _checkIns.RecordOfAsync(context.Turn, cancellationToken)).History;
        var today = DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);
        var since = history.Count > 0
            ? history.Max(c => c.WeekStarting)
            : DateOnly.FromDateTime(context.Record.PlanReadyAt!.Value.UtcDateTime);
        return today.DayNumber - since.DayNumber >= CheckInEvery.Days;
    }
}
