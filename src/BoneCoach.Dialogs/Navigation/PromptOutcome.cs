using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BoneCoach.Dialogs;

/// <summary>A prompt result that is not an answer: the user went back, skipped, or the prompt gave up.</summary>
public abstract record PromptOutcome
{
    private const string KindKey = "outcome";

    /// <summary>Discriminator kept in plain JSON so an outcome survives a storage round trip without type names.</summary>
    [JsonProperty(KindKey)]
    public abstract string Kind { get; }

    /// <summary>Turns a stored outcome (JObject) back into its record; any other value is returned unchanged.</summary>
    public static object? Restore(object? stored)
    {
        if (stored is not JObject json || json[KindKey]?.Type != JTokenType.String)
        {
            return stored;
        }

        return (string?)json[KindKey] switch
        {
            GaveUp.KindName => new GaveUp(json.Value<int?>(nameof(GaveUp.Attempts)) ?? 0),
            Skipped.KindName => Skipped.Instance,
            BackRequested.KindName => BackRequested.Instance,
            Unknown.KindName => Unknown.Instance,
            _ => stored,
        };
    }
}

/// <summary>The prompt ran out of attempts; the caller decides what to offer next.</summary>
public sealed record GaveUp(int Attempts) : PromptOutcome
{
    internal const string KindName = "gaveUp";

    public override string Kind => KindName;
}

/// <summary>The user skipped an optional prompt.</summary>
public sealed record Skipped : PromptOutcome
{
    internal const string KindName = "skipped";

    public static Skipped Instance { get; } = new();

    public override string Kind => KindName;
}

/// <summary>The user asked to go back; a waterfall answers it by re-asking its previous question.</summary>
public sealed record BackRequested : PromptOutcome
{
    internal const string KindName = "back";

    public static BackRequested Instance { get; } = new();

    public override string Kind => KindName;
}

/// <summary>She doesn't know the answer ("not sure", "never had it tested"), on a prompt with AllowUnknown: an answer, not a skip.</summary>
public sealed record Unknown : PromptOutcome
{
    internal const string KindName = "unknown";

    public static Unknown Instance { get; } = new();

    public override string Kind => KindName;
}
