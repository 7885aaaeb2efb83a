using Microsoft.Extensions.Options;

namespace BoneCoachBot.LocalChat;

/// <summary>A bad Direct Line setting stops start-up with a message naming its key.</summary>
public sealed class DirectLineOptionsValidator : IValidateOptions<DirectLineOptions>
{
    public ValidateOptionsResult Validate(string? name, DirectLineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();

        // The secret travels in this request: https only, except to this machine (tests, a local fake).
        if (options.BaseUrl is not { IsAbsoluteUri: true } url || !(url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback)))
        {
            failures.Add($"{DirectLineOptions.Section}:{nameof(options.BaseUrl)} must be an absolute https URL (http only on loopback).");
        }

        if (options.Timeout <= TimeSpan.Zero || options.Timeout > TimeSpan.FromMinutes(1))
        {
            failures.Add($"{DirectLineOptions.Section}:{nameof(options.Timeout)} must be between 00:00:01 and 00:01:00.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
