namespace BoneCoachBot.Commands;

/// <summary>Builds the <see cref="CommandLayer"/> at start-up, which checks that every command has its one handler.</summary>
public sealed class CommandStartupCheck(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<CommandLayer>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
