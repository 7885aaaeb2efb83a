using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BoneCoach.Dialogs.Tests.Harness;

/// <summary>An IStorage that keeps only JSON text without type names, so every read hands back JObjects and longs.</summary>
public sealed class JsonRoundTripStorage : IStorage
{
    private static readonly JsonSerializerSettings Settings = new() { TypeNameHandling = TypeNameHandling.None };
    private readonly Dictionary<string, string> _documents = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Documents => _documents;

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        IDictionary<string, object> items = new Dictionary<string, object>();
        foreach (var key in keys)
        {
            if (_documents.TryGetValue(key, out var json))
            {
                items[key] = JObject.Parse(json);
            }
        }

        return Task.FromResult(items);
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        foreach (var (key, value) in changes)
        {
            _documents[key] = JsonConvert.SerializeObject(value, Settings);
        }

        return Task.CompletedTask;
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        foreach (var key in keys)
        {
            _documents.Remove(key);
        }

        return Task.CompletedTask;
    }

    public Task<IDictionary<string, T>> ReadAsync<T>(string[] keys, CancellationToken cancellationToken = default)
        where T : class
        => throw new NotSupportedException("BotState reads untyped items.");
}
