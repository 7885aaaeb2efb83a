namespace BoneCoachBot.Dialogs.Questions;

/// <summary>"keep" at a question asked again: ends its prompt so the answer she gave before stands unchanged.</summary>
public sealed class KeepAnswer
{
    public static KeepAnswer Instance { get; } = new();

    private KeepAnswer()
    {
    }
}
