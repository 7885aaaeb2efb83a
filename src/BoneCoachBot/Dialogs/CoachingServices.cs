using BoneCoachBot.Wording;
using BoneCoachBot.Coaching;
using BoneCoachBot.Commands;
using BoneCoachBot.Dialogs.Questions;
using BoneCoachBot.Script;
using BoneCoachBot.State;

namespace BoneCoachBot.Dialogs;

/// <summary>
/// What asking a scripted question needs (the part dialogs, their questions and prompts): the script, state,
/// rendering and time. Dialogs that ask nothing from the script take only what they use; each class logs under its
/// own category (<see cref="Logs"/>).
/// </summary>
public sealed class CoachingServices(
    ConversationScript script,
    CommandCatalog commands,
    CoachingState state,
    ICoachingMessages messages,
    TimeProvider time,
    ILoggerFactory logs,
    Microsoft.Extensions.Options.IOptions<ScriptOptions>? scriptOptions = null)
{
    /// <summary>Whether the first pass asks the "later" questions too (<see cref="ScriptOptions.AskEverythingFirst"/>).</summary>
    public bool AskEverythingFirst { get; } = scriptOptions?.Value.AskEverythingFirst == true;

    public ConversationScript Script { get; } = script;

    public CommandCatalog Commands { get; } = commands;

    public CoachingState State { get; } = state;

    public ICoachingMessages Messages { get; } = messages;

    public TimeProvider Time { get; } = time;

    /// <summary>For a logger under the using class's own category.</summary>
    public ILoggerFactory Logs { get; } = logs;

    public AnswerChecks Checks { get; } = new(commands, time);

    public AnswerReading Reading { get; } = new(commands);

    /// <summary>Her words about the conversation before the open question's prompt: her questions, corrections, several facts.</summary>
    public QuestionTurn Answers => _answers ??= new QuestionTurn(this, new AnswerGuide(Script));

    private QuestionTurn? _answers;

    public DateOnly Today => DateOnly.FromDateTime(Time.GetUtcNow().UtcDateTime);
}
