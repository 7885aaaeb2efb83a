namespace BoneCoachBot.Commands;

/// <summary>"help": what she can say at any time, then the open question again.</summary>
public sealed class HelpCommand : ReplyCommand
{
    public override string CommandId => CommandIds.Help;
}
