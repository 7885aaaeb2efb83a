using System.Security.Claims;
using Microsoft.Bot.Connector.Authentication;

namespace BoneCoachBot.Authentication;

/// <summary>The identity of a turn the bot starts itself (its local chat, start-up's warm-up), as CloudAdapter uses for proactive turns.</summary>
public static class OwnIdentity
{
    /// <summary>The bot's own app id; anonymous while it has none (auth off).</summary>
    public static ClaimsIdentity For(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var appId = configuration["MicrosoftAppId"];
        return string.IsNullOrWhiteSpace(appId)
            ? new ClaimsIdentity([], AuthenticationConstants.AnonymousAuthType)
            : new ClaimsIdentity([new Claim(AuthenticationConstants.AudienceClaim, appId), new Claim(AuthenticationConstants.AppIdClaim, appId)]);
    }
}
