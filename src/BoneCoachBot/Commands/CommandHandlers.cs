namespace BoneCoachBot.Commands;

/// <summary>The registered command handlers by command id; a real handler wins over a fallback.</summary>
public sealed class CommandHandlers(IEnumerable<ICommandHandler> handlers)
{
    private readonly Dictionary<string, ICommandHandler> _byCommand = handlers
        .GroupBy(h => h.CommandId, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.LastOrDefault(h => !h.IsFallback) ?? g.Last(), StringComparer.Ordinal);

    public IEnumerable<ICommandHandler> All => _byCommand.Values;

    public ICommandHandler? For(string commandId) => _byCommand.GetValueOrDefault(commandId);
}
