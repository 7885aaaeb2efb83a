using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace BoneCoachBot.State;

/// <summary>A bad storage setting stops start-up with a message naming its key, instead of failing on the first turn.</summary>
public sealed partial class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var failures = new List<string>();
        if (!Enum.IsDefined(options.Provider))
        {
            failures.Add($"{Key(nameof(options.Provider))} must be File, Blob or Memory.");
        }

        if (options.Provider == StorageProvider.File && string.IsNullOrWhiteSpace(options.Directory))
        {
            failures.Add($"{Key(nameof(options.Directory))} is required for the File provider.");
        }

        if (options.Provider == StorageProvider.Blob)
        {
            failures.AddRange(BlobFailures(options));
        }

        if (options.StorageTimeoutSeconds is < 1 or > 600)
        {
            failures.Add($"{Key(nameof(options.StorageTimeoutSeconds))} must be between 1 and 600.");
        }

        if (options.MaxTurnAttempts is < 1 or > 1000)
        {
            failures.Add($"{Key(nameof(options.MaxTurnAttempts))} must be between 1 and 1000.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<string> BlobFailures(StorageOptions options)
    {
        var hasConnectionString = !string.IsNullOrWhiteSpace(options.ConnectionString);
        var hasAccountUrl = !string.IsNullOrWhiteSpace(options.AccountUrl);
        if (hasConnectionString == hasAccountUrl)
        {
            yield return $"The Blob provider needs exactly one of {Key(nameof(options.ConnectionString))} " +
                $"(UseDevelopmentStorage=true for Azurite) or {Key(nameof(options.AccountUrl))} (managed identity).";
        }

        if (hasAccountUrl && !(Uri.TryCreate(options.AccountUrl, UriKind.Absolute, out var url) && url.Scheme is "https" or "http"))
        {
            yield return $"{Key(nameof(options.AccountUrl))} must be an absolute URL such as https://ACCOUNT.blob.core.windows.net.";
        }

        if (!ContainerNamePattern().IsMatch(options.ContainerName ?? string.Empty))
        {
            yield return $"{Key(nameof(options.ContainerName))} must be 3-63 lowercase letters, digits and single hyphens, starting with a letter or digit.";
        }

        if (options.MaxRetries is < 0 or > 10)
        {
            yield return $"{Key(nameof(options.MaxRetries))} must be between 0 and 10.";
        }

        if (options.NetworkTimeoutSeconds is < 1 or > 600)
        {
            yield return $"{Key(nameof(options.NetworkTimeoutSeconds))} must be between 1 and 600.";
        }
    }

    private static string Key(string property) => $"{StorageOptions.Section}:{property}";

    // Blob Storage's container naming rule.
    [GeneratedRegex("^(?=.{3,63}$)[a-z0-9]+(?>-[a-z0-9]+)*$")]
    private static partial Regex ContainerNamePattern();
}
