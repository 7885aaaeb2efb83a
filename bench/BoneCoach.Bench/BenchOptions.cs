using System.Globalization;

namespace BoneCoach.Bench;

/// <summary>What one benchmark run measures; every figure has a default so a bare run is the documented one.</summary>
public sealed record BenchOptions
{
    public const string Usage = """
        usage: dotnet run -c Release --project bench/BoneCoach.Bench -- [options]
          --first-turn           measure only the first turn of new conversations (welcome + consent)
          --show-conversation    first print one simulated woman's whole conversation with the coach
          --users N              simulated users in the pool (default 200)
          --connections N        concurrent HTTP connections per target (default 32)
          --seconds N            length of one measured round per target (default 3)
          --rounds N             rounds per target, interleaved coach/echo (default 10)
          --warmup N             seconds of unmeasured load per target before the rounds (default 5)
          --turns N              rounds (and the warm-up) of N turns instead of N seconds: two builds then measure the
                                 same turns of the same women, so their KB per turn compare (a faster build otherwise
                                 gets further into the conversations, where turns cost more)
          --memory-users N       first-turn mode: new users for the memory check (default 10000)
          --storage P            the coach's storage: Memory (default), File or Blob
          --blob CONNECTION      Blob: the connection string (else BONECOACH_TEST_BLOB_CONNECTION_STRING)
        """;

    public bool FirstTurn { get; init; }
    public bool ShowConversation { get; init; }
    public int Users { get; init; } = 200;
    public int Connections { get; init; } = 32;
    // 10 rounds of 3 s rather than 3 of 10 s (the same 30 s per target): on a shared machine the noise comes in bursts
    // of seconds (another session's build or test), and a burst that fills one 10 s round lands on one target only.
    // Short interleaved rounds spread it over both, so the ratios move less between runs of the same build.
    public int Seconds { get; init; } = 3;
    public int Rounds { get; init; } = 10;
    public int WarmupSeconds { get; init; } = 5;
    public int? Turns { get; init; }
    public int MemoryUsers { get; init; } = 10_000;
    public string Storage { get; init; } = "Memory";
    public string? BlobConnectionString { get; init; } = Environment.GetEnvironmentVariable("BONECOACH_TEST_BLOB_CONNECTION_STRING");

    public string Mix => FirstTurn ? "first-turn" : "onboarding";

    public static BenchOptions? Parse(string[] args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            options = args[i] switch
            {
                "--first-turn" => options with { FirstTurn = true },
                "--show-conversation" => options with { ShowConversation = true },
                "--users" when Positive(value) is { } n => options with { Users = n },
                "--connections" when Positive(value) is { } n => options with { Connections = n },
                "--seconds" when Positive(value) is { } n => options with { Seconds = n },
                "--rounds" when Positive(value) is { } n => options with { Rounds = n },
                "--warmup" when NonNegative(value) is { } n => options with { WarmupSeconds = n },
                "--turns" when Positive(value) is { } n => options with { Turns = n },
                "--memory-users" when Positive(value) is { } n => options with { MemoryUsers = n },
                "--storage" when value is "Memory" or "File" or "Blob" => options with { Storage = value },
                "--blob" when !string.IsNullOrWhiteSpace(value) => options with { BlobConnectionString = value },
                _ => null,
            };
            if (options is null)
            {
                return null;
            }

            if (args[i] is not ("--first-turn" or "--show-conversation"))
            {
                i++;
            }
        }

        // A user answers one message at a time, so every connection needs a user of its own to send for.
        return options.Users < options.Connections || (options.Storage == "Blob" && options.BlobConnectionString is null) ? null : options;
    }

    private static int? Positive(string? value) => NonNegative(value) is { } n && n > 0 ? n : null;

    private static int? NonNegative(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}
