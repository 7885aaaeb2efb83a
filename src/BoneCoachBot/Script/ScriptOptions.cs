using System.ComponentModel.DataAnnotations;

namespace BoneCoachBot.Script;

/// <summary>Where the conversation script lives: <c>BoneCoach:Script</c>.</summary>
public sealed class ScriptOptions
{
    public const string Section = "BoneCoach:Script";

    /// <summary>The dialogs/ folder, relative to the app's own folder unless absolute; the build copies it there.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Directory { get; set; } = "dialogs";

    /// <summary>
    /// false (default): the first pass asks what the plan needs most and leaves "later" questions for fine-tune and
    /// the check-ins; true: every question before the plan (a clinic that wants the whole intake at once).
    /// </summary>
    public bool AskEverythingFirst { get; set; }

    public string FullPath => Path.Combine(AppContext.BaseDirectory, Directory);
}
