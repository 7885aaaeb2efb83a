using Microsoft.Extensions.Options;

namespace BoneCoachBot.LocalChat;

/// <summary>A bad local chat setting stops start-up with a message naming its key.</summary>
public sealed class LocalChatOptionsValidator : IValidateOptions<LocalChatOptions>
{
    public ValidateOptionsResult Validate(string? name, LocalChatOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.TokenLifetime < TimeSpan.FromMinutes(1) || options.TokenLifetime > TimeSpan.FromDays(1))
        {
            failures.Add($"{Key(nameof(options.TokenLifetime))} must be between 00:01:00 and 1.00:00:00.");
        }

        if (options.MaxConversations is < 1 or > 100_000)
        {
            failures.Add($"{Key(nameof(options.MaxConversations))} must be between 1 and 100000.");
        }

        if (options.MaxActivitiesPerConversation is < 10 or > 100_000)
        {
            failures.Add($"{Key(nameof(options.MaxActivitiesPerConversation))} must be between 10 and 100000.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string Key(string property) => $"{LocalChatOptions.Section}:{property}";
}
