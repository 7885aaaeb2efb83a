using System.Text.Json;

namespace BoneCoachBot.Hosting;

/// <summary>
/// Checks the envelope of a posted activity before the adapter sees it. CloudAdapter throws (a 500)
/// on a missing serviceUrl or conversation; a caller's mistake deserves a 400 that names the field.
/// </summary>
public static class ActivityEnvelope
{
    // Well above a 100 KB message plus its envelope; Kestrel's own 30 MB default is far too generous for chat.
    public const long MaxBodyBytes = 512 * 1024;

    /// <summary>Null when the request carries a usable activity, else what is wrong with it.</summary>
    public static async Task<string?> FindProblemAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        request.EnableBuffering(bufferThreshold: 64 * 1024, bufferLimit: MaxBodyBytes);
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
            return Check(document.RootElement);
        }
        catch (JsonException)
        {
            return "The body is not valid JSON.";
        }
        finally
        {
            request.Body.Position = 0;
        }
    }

    private static string? Check(JsonElement activity)
    {
        if (activity.ValueKind != JsonValueKind.Object)
        {
            return "The body must be a JSON object (an Activity).";
        }

        if (!HasText(activity, "type"))
        {
            return "The activity has no 'type'.";
        }

        if (!HasText(activity, "channelId"))
        {
            return "The activity has no 'channelId'.";
        }

        if (!activity.TryGetProperty("serviceUrl", out var serviceUrl) || serviceUrl.ValueKind != JsonValueKind.String
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

    private static bool HasIdIn(JsonElement activity, string name) =>
        activity.TryGetProperty(name, out var account) && account.ValueKind == JsonValueKind.Object && HasText(account, "id");

    private static bool HasText(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
        && !string.IsNullOrWhiteSpace(value.GetString());
}
