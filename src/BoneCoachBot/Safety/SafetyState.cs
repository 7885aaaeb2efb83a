using BoneCoachBot.State;
using Microsoft.Bot.Builder;

namespace BoneCoachBot.Safety;

/// <summary>
/// Where the safety net stands in this conversation (ConversationState, beside the dialog stack, which it never
/// touches), and the signs noted in her record for the clinician summary (UserState, only after she consented).
/// </summary>
public sealed class SafetyState(ConversationState conversationState, UserState userState)
{
    public const string RecordProperty = "SafetyNotes";

    private readonly IStatePropertyAccessor<SafetyWatch> _watch = new TypedStateProperty<SafetyWatch>(conversationState, nameof(SafetyWatch));
    private readonly IStatePropertyAccessor<SafetyNotes> _notes = new TypedStateProperty<SafetyNotes>(userState, RecordProperty);
    private readonly IStatePropertyAccessor<BoneCoach.Dialogs.DialogState> _dialogs = conversationState.CreateProperty<BoneCoach.Dialogs.DialogState>(nameof(BoneCoach.Dialogs.DialogState));

    /// <summary>The dialog at the bottom of the conversation's stack has nothing opened above it (forget me, a check-in).</summary>
    public async Task<bool> IsOnlyDialogAsync(ITurnContext turnContext, string dialogId, CancellationToken cancellationToken)
    {
        var stack = (await _dialogs.GetAsync(turnContext, null, cancellationToken))?.DialogStack;
        return stack is { Count: 1 } && stack[0].Id == dialogId;
    }

    public Task<SafetyWatch> WatchAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        _watch.GetAsync(turnContext, () => new SafetyWatch(), cancellationToken);

    public Task SetWatchAsync(ITurnContext turnContext, SafetyWatch watch, CancellationToken cancellationToken) =>
        _watch.SetAsync(turnContext, watch, cancellationToken);

    /// <summary>Her noted signs; reading stores nothing.</summary>
    public async Task<SafetyNotes> NotesAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        await _notes.GetAsync(turnContext, null, cancellationToken) ?? new SafetyNotes();

    public Task SaveNotesAsync(ITurnContext turnContext, SafetyNotes notes, CancellationToken cancellationToken) =>
        _notes.SetAsync(turnContext, notes, cancellationToken);
}

/// <summary>This conversation's safety flags.</summary>
public sealed record SafetyWatch
{
    /// <summary>An emergency or crisis reply went out: the conversation waits until she says she is safe to go on.</summary>
    public TriageClass? WaitingAfter { get; init; }

    /// <summary>The sign that emergency was for ("fall"), so what she hears when she is back fits it.</summary>
    public string? WaitingSign { get; init; }

    /// <summary>While waiting, she was asked whether she is safe to go on: a next message that answers neither way goes on.</summary>
    public bool AskedSafe { get; init; }

    /// <summary>She sounded low ("fed up with life") and was asked whether she has thoughts of ending her life: her next message answers it.</summary>
    public bool AskedAboutThoughts { get; init; }

    /// <summary>The opening screen asked "is this happening now?": her next message answers it.</summary>
    public bool AskedIfNow { get; init; }

    /// <summary>Her answer to the screen that led to "is this happening now?" spoke of a broken bone.</summary>
    public bool MentionedFracture { get; init; }
}

/// <summary>Signs she reported in the chat, by day, for the clinician summary (the sign's name, never her words).</summary>
public sealed record SafetyNotes
{
    public List<NotedSign> Signs { get; init; } = [];
}

public sealed record NotedSign(string Sign, TriageClass Class, DateOnly ReportedOn);
