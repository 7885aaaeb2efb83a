using System.Security.Claims;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.IdentityModel.JsonWebTokens;

namespace BoneCoachBot.Authentication;

/// <summary>
/// Wraps the SDK's authentication so that every way a token can be wrong ends as a
/// <see cref="BotAuthenticationException"/> within <see cref="TimeLimit"/>. The SDK itself lets a token that is not a
/// JWT ("Bearer abc.def.ghi") escape as an ArgumentException, a bad signature as a SecurityTokenException and an
/// unreachable OpenID metadata endpoint as an InvalidOperationException after HttpClient's 100 s timeout: each a 500.
/// </summary>
public sealed class FailClosedBotAuthentication(BotFrameworkAuthentication inner) : BotFrameworkAuthentication
{
    /// <summary>Issue #17 asks for an answer within 5 s; one second is left for the rest of the request.</summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(4);

    private const string BearerScheme = "Bearer ";

    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    public override Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        // No header: the SDK decides (anonymous when the bot has no app id, else it refuses).
        return string.IsNullOrWhiteSpace(authHeader)
            ? GuardAsync(() => DeferConnectorAsync(inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken)), missingHeader: true, cancellationToken)
            : GuardAsync(() => DeferConnectorAsync(inner.AuthenticateRequestAsync(activity, CheckShape(authHeader), cancellationToken)), missingHeader: false, cancellationToken);
    }

    public override Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
        GuardAsync(() => inner.AuthenticateStreamingRequestAsync(CheckShape(authHeader), channelIdHeader, cancellationToken), missingHeader: false, cancellationToken);

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        GuardAsync(() => inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken), string.IsNullOrWhiteSpace(authHeader), cancellationToken);

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        new DeferredConnectorFactory(inner.CreateConnectorFactory(claimsIdentity));

    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        Task.FromResult<UserTokenClient>(new DeferredUserTokenClient(() => inner.CreateUserTokenClientAsync(claimsIdentity, cancellationToken)));

    public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    // The adapter makes a connector client from this factory on every turn; most turns never call the channel.
    private static async Task<AuthenticateRequestResult> DeferConnectorAsync(Task<AuthenticateRequestResult> authenticating)
    {
        var result = await authenticating;
        if (result.ConnectorFactory is { } factory and not DeferredConnectorFactory)
        {
            result.ConnectorFactory = new DeferredConnectorFactory(factory);
        }

        return result;
    }

    /// <summary>The header unchanged when it is "Bearer" and a parseable JWT; otherwise refused before the SDK sees it.</summary>
    public static string CheckShape(string? authHeader)
    {
        if (authHeader is null || !authHeader.StartsWith(BearerScheme, StringComparison.Ordinal))
        {
            throw new BotAuthenticationException(BotAuthenticationFailure.MalformedToken);
        }

        var token = authHeader[BearerScheme.Length..].Trim();
        if (!new JsonWebTokenHandler().CanReadToken(token) || !ParsesAsJwt(token))
        {
            throw new BotAuthenticationException(BotAuthenticationFailure.MalformedToken);
        }

        return authHeader;
    }

    private static bool ParsesAsJwt(string token)
    {
        try
        {
            _ = new JsonWebToken(token);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static async Task<T> GuardAsync<T>(Func<Task<T>> authenticate, bool missingHeader, CancellationToken cancellationToken)
    {
        try
        {
            // WaitAsync: the SDK fetches metadata without our token, so only waiting less bounds the time.
            return await authenticate().WaitAsync(TimeLimit, cancellationToken);
        }
        catch (BotAuthenticationException)
        {
            throw;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception failure)
        {
            throw new BotAuthenticationException(Classify(failure, missingHeader), failure.GetType().Name);
        }
    }

    private static BotAuthenticationFailure Classify(Exception failure, bool missingHeader) => failure switch
    {
        UnauthorizedAccessException when missingHeader => BotAuthenticationFailure.MissingToken,
        UnauthorizedAccessException => BotAuthenticationFailure.InvalidToken,

        // Metadata could not be had: timed out here, refused or failed on the network, or IdentityModel's
        // ConfigurationManager giving up (IDX20803, an InvalidOperationException).
        TimeoutException or HttpRequestException or InvalidOperationException or OperationCanceledException
            => BotAuthenticationFailure.MetadataUnavailable,
        _ when failure.InnerException is HttpRequestException => BotAuthenticationFailure.MetadataUnavailable,
        _ => BotAuthenticationFailure.InvalidToken,
    };
}
