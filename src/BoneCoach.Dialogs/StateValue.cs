using System.Globalization;
using Newtonsoft.Json.Linq;

namespace BoneCoach.Dialogs;

/// <summary>Reads values out of dialog state whether they are live objects or came back from JSON storage.</summary>
public static class StateValue
{
    /// <summary>Converts a stored value to <typeparamref name="T"/>; null stays default.</summary>
    public static T? As<T>(object? value)
    {
        switch (value)
        {
            case null:
                return default;
            case T typed:
                return typed;
            case JToken token:
                return token.Type == JTokenType.Null ? default : token.ToObject<T>();
        }

        // A storage round trip hands integers back as long and decimals as double (botbuilder-dotnet#871): convert explicitly.
        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        if (value is IConvertible && typeof(IConvertible).IsAssignableFrom(target))
        {
            return (T)Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
        }

        return JToken.FromObject(value).ToObject<T>();
    }

    /// <summary>Reads <paramref name="key"/> from <paramref name="state"/>, converting it and writing the live copy back.</summary>
    public static T GetOrCreate<T>(IDictionary<string, object> state, string key, Func<T> create)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(state);
        var current = state.TryGetValue(key, out var stored) ? As<T>(stored) : null;
        current ??= create();

        // Keep the converted object in state so that changes made to it this turn are saved.
        state[key] = current;
        return current;
    }
}
