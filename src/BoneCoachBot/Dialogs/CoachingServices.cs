using BoneCoachBot.Cards;
using BoneCoachBot.Coaching;
using BoneCoachBot.Commands;
using BoneCoachBot.Dialogs.Questions;
using BoneCoachBot.Script;
using BoneCoachBot.State;

namespace BoneCoachBot.Dialogs;

/// <summary>What every coaching dialog needs, in one constructor argument: the script, state, rendering and time.</summary>
public sealed class CoachingServices(
    ConversationScript script,
    CommandCatalog commands,
    CoachingState state,
    ICoachingMessages messages,
    TimeProvider time,
    ILogger<CoachingServices> logger)
{
    public ConversationScript Script { get; } = script;

    public CommandCatalog Commands { get; } = commands;

    public CoachingState State { get; } = state;

    public ICoachingMessages Messages { get; } = messages;

    public TimeProvider Time { get; } = time;

    public ILogger Logger { get; } = logger;

    public AnswerChecks Checks { get; } = new(commands, time);

    public AnswerReading Reading { get; } = new(commands);

    /// <summary>Her words about the conversation before the open question's prompt: her questions, corrections, several facts.</summary>
    public QuestionTurn Answers => _answers ??= new QuestionTurn(this, new AnswerGuide(Script));

    private QuestionTurn? _answers;

    public DateOnly Today => DateOnly.FromDateTime(Time.GetUtcNow().UtcDateTime);
}
