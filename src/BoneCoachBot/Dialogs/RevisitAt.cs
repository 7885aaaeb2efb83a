namespace BoneCoachBot.Dialogs;

/// <summary>
/// Where "back" across parts re-enters the questions: <see cref="MainDialog"/> begins <see cref="Part"/> with it, and
/// the part asks <see cref="QuestionId"/> again (her answer shown) though it is answered. Plain JSON in the dialog stack.
/// </summary>
public sealed class RevisitAt
{
    public string Part { get; set; } = string.Empty;

    public string QuestionId { get; set; } = string.Empty;
}
