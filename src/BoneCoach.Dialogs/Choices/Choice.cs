namespace BoneCoach.Dialogs;

/// <summary>One option of a ChoicePrompt: its value and the other ways a user may say it.</summary>
public class Choice
{
    public Choice()
    {
    }

    public Choice(string value, params string[] synonyms)
    {
        Value = value;
        Synonyms = synonyms.ToList();
    }

    public string Value { get; set; } = string.Empty;

    public IList<string> Synonyms { get; set; } = new List<string>();
}
