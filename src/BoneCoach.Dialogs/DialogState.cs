using Newtonsoft.Json;

namespace BoneCoach.Dialogs;

/// <summary>The persisted dialog stack; index 0 is the top.</summary>
public sealed class DialogState
{
    public DialogState()
    {
    }

    public DialogState(IList<DialogInstance> stack)
    {
        DialogStack = stack;
    }

    [JsonProperty("dialogStack")]
    public IList<DialogInstance> DialogStack { get; set; } = new List<DialogInstance>();
}
