namespace BoneCoachBot.Commands;

/// <summary>"thanks": a word back, then the open question again if there is one (not "your plan is ready" again).</summary>
public sealed class ThanksCommand : ReplyCommand
{
    public override string CommandId => CommandIds.Thanks;
}
