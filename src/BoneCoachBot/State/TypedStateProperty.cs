using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace BoneCoachBot.State;

/// <summary>
/// A BotState property that converts the stored JSON to <typeparamref name="T"/> once per turn and keeps the typed
/// value in the turn's state, so every later read in the turn gets the same object and the save sees its changes. The
/// SDK's accessor converts again on every read (a new copy each time) and looks the turn's state up twice per call, a
/// culture-aware hash of its key each time (together a tenth of a coaching turn's CPU under the benchmark); this one
/// looks it up once (twice on the turn's first read, which loads the state as the SDK does).
/// </summary>
public sealed class TypedStateProperty<T>(BotState state, string name) : IStatePropertyAccessor<T>
{
    private readonly BotState _state = state ?? throw new ArgumentNullException(nameof(state));
    private readonly IStatePropertyAccessor<T> _deleting = state.CreateProperty<T>(name);

    public string Name { get; } = name;

    public async Task<T> GetAsync(ITurnContext turnContext, Func<T>? defaultValueFactory = null, CancellationToken cancellationToken = default)
    {
        var values = await ValuesAsync(turnContext, cancellationToken);
        if (values.TryGetValue(Name, out var stored) && stored is not null)
        {
            if (stored is not T typed)
            {
                // As the SDK converts it (its default serializer), kept for the rest of the turn.
                typed = (stored as JToken ?? JToken.FromObject(stored)).ToObject<T>()!;
                values[Name] = typed!;
            }

            return typed;
        }

        // As the SDK: a missing value is the factory's, stored; without a factory, the default, not stored.
        if (defaultValueFactory is null)
        {
            return default!;
        }

        var created = defaultValueFactory();
        values[Name] = created!;
        return created;
    }

    public async Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default)
    {
        var values = await ValuesAsync(turnContext, cancellationToken);
        values[Name] = value!;
    }

    // BotState's dictionary for this turn: one lookup once loaded.
    private async ValueTask<IDictionary<string, object>> ValuesAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (_state.GetCachedState(turnContext)?.State is { } values)
        {
            return values;
        }

        await _state.LoadAsync(turnContext, false, cancellationToken);
        return _state.GetCachedState(turnContext).State;
    }

    public Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
        _deleting.DeleteAsync(turnContext, cancellationToken);
}
