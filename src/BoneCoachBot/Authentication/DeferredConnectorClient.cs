using Microsoft.Bot.Connector;
using Microsoft.Rest;
using Newtonsoft.Json;

namespace BoneCoachBot.Authentication;

/// <summary>
/// The SDK's connector client, made on first use. CloudAdapter makes one for every turn (an HttpClient and the
/// ServiceClient pipeline, about a twentieth of a coaching turn's allocations, measured with the benchmark), yet a
/// turn that answers through <c>expectReplies</c>, or from the turn log, never calls the channel.
/// </summary>
public sealed class DeferredConnectorClient : IConnectorClient
{
    private readonly Lazy<IConnectorClient> _client;

    /// <param name="create">The real factory's CreateAsync. Every credential factory the SDK ships completes it
    /// synchronously (it builds credentials; the token is fetched later, by the first request), so waiting on it
    /// here blocks nothing.</param>
    public DeferredConnectorClient(Func<Task<IConnectorClient>> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        _client = new(() => create().GetAwaiter().GetResult(), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Whether anything has asked for the real client yet.</summary>
    public bool IsCreated => _client.IsValueCreated;

    public Uri BaseUri
    {
        get => _client.Value.BaseUri;
        set => _client.Value.BaseUri = value;
    }

    public JsonSerializerSettings SerializationSettings => _client.Value.SerializationSettings;

    public JsonSerializerSettings DeserializationSettings => _client.Value.DeserializationSettings;

    public ServiceClientCredentials Credentials => _client.Value.Credentials;

    public IAttachments Attachments => _client.Value.Attachments;

    public IConversations Conversations => _client.Value.Conversations;

    public void Dispose()
    {
        if (_client.IsValueCreated)
        {
            _client.Value.Dispose();
        }
    }
}
