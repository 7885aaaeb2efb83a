using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace BoneCoachBot.LocalChat;

/// <summary>
/// The serviceUrl the local channel puts on activities: this bot's own address, where it serves the Connector API for
/// local conversations. Taken from the addresses Kestrel listens on, never from the request's Host header, so a caller
/// can't point the bot's replies at another host.
/// </summary>
public sealed class LocalServiceUrl(IServer server)
{
    public const string ConnectorPath = "/localchat";

    public string For(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var listening = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) ?? addresses.FirstOrDefault();

        // TestServer listens nowhere: its requests carry its only address.
        var origin = listening is null ? $"{request.Scheme}://{request.Host}" : Reachable(listening);
        return origin.TrimEnd('/') + ConnectorPath;
    }

    // "http://+:80", "http://*:80", "http://0.0.0.0:80" and "http://[::]:80" listen everywhere; the bot reaches itself on localhost.
    private static string Reachable(string address)
    {
        var uri = new Uri(address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal));
        var host = uri.Host is "0.0.0.0" or "[::]" or "::" ? "localhost" : uri.Host;
        return new UriBuilder(uri) { Host = host }.Uri.GetLeftPart(UriPartial.Authority);
    }
}
