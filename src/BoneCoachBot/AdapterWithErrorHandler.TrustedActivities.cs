using System.Security.Claims;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace BoneCoachBot;

public sealed partial class AdapterWithErrorHandler
{
    /// <summary>
    /// Runs a trusted activity (one the bot's own local channel received, already checked against its token) through
    /// the same turn pipeline as /api/messages. BotAdapter declares this; CloudAdapter leaves it unimplemented.
    /// </summary>
    public override Task<InvokeResponse> ProcessActivityAsync(ClaimsIdentity claimsIdentity, Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claimsIdentity);
        var authentication = new AuthenticateRequestResult
        {
            ClaimsIdentity = claimsIdentity,
            Audience = BotFrameworkAuthentication.GetOriginatingAudience(),
            ConnectorFactory = BotFrameworkAuthentication.CreateConnectorFactory(claimsIdentity),
        };
        return ProcessActivityAsync(authentication, activity, callback, cancellationToken);
    }
}
