namespace BoneCoachBot.ChannelRendering;

/// <summary>The shape of the clinician summary on a channel.</summary>
public enum SummaryForm
{
    /// <summary>A Markdown file she can download (Web Chat, Direct Line).</summary>
    File,

    /// <summary>An Adaptive Card with the same text (Teams, which shows no file outside its consent flow).</summary>
    Card,

    /// <summary>Both, so a developer sees every form (the Emulator).</summary>
    FileAndCard,
}
