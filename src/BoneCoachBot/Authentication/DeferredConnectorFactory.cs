using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;

namespace BoneCoachBot.Authentication;

/// <summary>Hands out <see cref="DeferredConnectorClient"/>s: the real client is made only when a turn calls the channel.</summary>
public sealed class DeferredConnectorFactory(ConnectorFactory inner) : ConnectorFactory
{
    public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken) =>
        Task.FromResult<IConnectorClient>(new DeferredConnectorClient(() => inner.CreateAsync(serviceUrl, audience, cancellationToken)));
}
