using System.Buffers;
using System.Text;
using System.Text.Json;

namespace BoneCoachBot.Hosting;

/// <summary>
/// Checks the envelope of a posted activity on the raw JSON, before the adapter sees it. CloudAdapter throws (a 500)
/// on a missing serviceUrl or conversation, on ids that are not valid Unicode, and on a null account in
/// membersAdded; a caller's mistake deserves a 400 that names the field. The adapter reads properties
/// case-insensitively (Newtonsoft), so names are compared the same way: a second "Conversation" would override the
/// checked "conversation".
/// </summary>
public static class ActivityEnvelope
{
    // Well above a 100 KB message plus its envelope; Kestrel's own 30 MB default is far too generous for chat.
    public const long MaxBodyBytes = 512 * 1024;

    // Strings the bot uses as ids, keys or routing: each must be valid Unicode when present.
    private static readonly string[] RoutingFields = ["type", "channelId", "id", "serviceUrl", "replyToId", "locale", "deliveryMode", "name"];
    private static readonly string[] AccountFields = ["conversation", "from", "recipient"];
    private static readonly string[] MemberLists = ["membersAdded", "membersRemoved"];

    /// <summary>Null when the request carries a usable activity, else what is wrong with it.</summary>
    public static async Task<string?> FindProblemAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            throw TooLarge();
        }

        request.EnableBuffering(bufferThreshold: 64 * 1024, bufferLimit: MaxBodyBytes);
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
            return Check(document.RootElement);
        }
        catch (JsonException)
        {
            // Also too deep a nesting (System.Text.Json stops at 64 levels).
            return "The body is not valid JSON.";
        }
        catch (IOException) when (!cancellationToken.IsCancellationRequested)
        {
            // The buffer's limit, where no server limit stopped the body first (a chunked body, TestServer).
            throw TooLarge();
        }
        finally
        {
            request.Body.Position = 0;
        }
    }

    private static BadHttpRequestException TooLarge() =>
        new("The activity is too large.", StatusCodes.Status413PayloadTooLarge);

    private static string? Check(JsonElement activity)
    {
        if (activity.ValueKind != JsonValueKind.Object)
        {
            return "The body must be a JSON object (an Activity).";
        }

        return DuplicateName(activity) is { } duplicate ? $"The activity has '{duplicate}' more than once (names are not case-sensitive)."
            : InvalidString(activity) is { } invalid ? $"'{invalid}' is not valid Unicode text."
            : CheckAccounts(activity) ?? CheckMembers(activity) ?? CheckRequired(activity);
    }

    private static string? CheckRequired(JsonElement activity)
    {
        if (!HasText(activity, "type"))
        {
            return "The activity has no 'type'.";
        }

        if (!HasText(activity, "channelId"))
        {
            return "The activity has no 'channelId'.";
        }

        if (Property(activity, "serviceUrl") is not { ValueKind: JsonValueKind.String } serviceUrl
            || !Uri.TryCreate(serviceUrl.GetString(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return "The activity needs an absolute http(s) 'serviceUrl'.";
        }

        if (!HasIdIn(activity, "conversation"))
        {
            return "The activity has no 'conversation.id'.";
        }

        return HasIdIn(activity, "from") ? null : "The activity has no 'from.id'.";
    }

    private static string? CheckAccounts(JsonElement activity)
    {
        foreach (var name in AccountFields)
        {
            if (Property(activity, name) is not { } account || account.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            if (account.ValueKind != JsonValueKind.Object)
            {
                return $"'{name}' must be an object with an 'id'.";
            }

            if (DuplicateName(account) is { } duplicate)
            {
                return $"'{name}' has '{duplicate}' more than once (names are not case-sensitive).";
            }

            if (InvalidString(account) is { } invalid)
            {
                return $"'{name}.{invalid}' is not valid Unicode text.";
            }
        }

        return null;
    }

    private static string? CheckMembers(JsonElement activity)
    {
        foreach (var name in MemberLists)
        {
            if (Property(activity, name) is not { } members || members.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            if (members.ValueKind != JsonValueKind.Array
                || members.EnumerateArray().Any(member => member.ValueKind != JsonValueKind.Object || InvalidString(member) is not null))
            {
                return $"'{name}' must be a list of accounts (objects with an 'id').";
            }
        }

        return null;
    }

    // The first name that appears twice, ignoring case, or null.
    private static string? DuplicateName(JsonElement element)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in element.EnumerateObject())
        {
            if (!seen.Add(property.Name))
            {
                return property.Name;
            }
        }

        return null;
    }

    // The first routing field (or, for an account, its id or name) holding a string that is not valid Unicode.
    private static string? InvalidString(JsonElement element) =>
        RoutingFields.FirstOrDefault(name => Property(element, name) is { ValueKind: JsonValueKind.String } value && !IsValidText(value));

    private static bool IsValidText(JsonElement value)
    {
        string text;
        try
        {
            // Throws on invalid UTF-8 bytes and on escaped lone surrogates ("\ud800").
            text = value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i += 1)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out _, out var used) != OperationStatus.Done)
            {
                return false;
            }

            i += used - 1;
        }

        return true;
    }

    // Case-insensitive, as the adapter's deserialiser reads it; duplicates are rejected before this is asked.
    private static JsonElement? Property(JsonElement element, string name)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }

    private static bool HasIdIn(JsonElement activity, string name) =>
        Property(activity, name) is { ValueKind: JsonValueKind.Object } account && HasText(account, "id");

    private static bool HasText(JsonElement element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.String } value && !string.IsNullOrWhiteSpace(value.GetString());
}
