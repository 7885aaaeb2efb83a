using BoneCoachBot.Authentication;
using Microsoft.Bot.Connector;
using Microsoft.Rest;
using Newtonsoft.Json;

namespace BoneCoachBot.Tests.Hosting;

public sealed class DeferredConnectorClientTests
{
    [Fact]
    public void The_real_client_is_made_only_when_the_channel_is_called_and_then_once()
    {
        var made = 0;
        using var client = new DeferredConnectorClient(() =>
        {
            made++;
            return Task.FromResult<IConnectorClient>(new RecordingClient());
        });

        Assert.Equal(0, made);
        _ = client.Conversations;
        _ = client.BaseUri;
        Assert.Equal(1, made);
    }

    [Fact]
    public void Disposing_disposes_a_client_that_was_made_and_makes_none_that_was_not()
    {
        var real = new RecordingClient();
        var used = new DeferredConnectorClient(() => Task.FromResult<IConnectorClient>(real));
        var unused = new DeferredConnectorClient(() => throw new InvalidOperationException("must not be made"));

        _ = used.Conversations;
        used.Dispose();
        unused.Dispose();

        Assert.True(real.Disposed);
        Assert.False(unused.IsCreated);
    }

    private sealed class RecordingClient : IConnectorClient
    {
        public bool Disposed { get; private set; }

        public Uri BaseUri { get; set; } = new("http://127.0.0.1/");

        public JsonSerializerSettings SerializationSettings { get; } = new();

        public JsonSerializerSettings DeserializationSettings { get; } = new();

        public ServiceClientCredentials Credentials => null!;

        public IAttachments Attachments => null!;

        public IConversations Conversations => null!;

        public void Dispose() => Disposed = true;
    }
}
