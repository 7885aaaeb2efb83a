namespace BoneCoachBot.Authentication;

/// <summary>Why a request to the bot was refused; logged by name, never with the token.</summary>
public enum BotAuthenticationFailure
{
    /// <summary>No Authorization header while the bot has an app id.</summary>
    MissingToken,

    /// <summary>Not "Bearer" followed by something that parses as a JWT.</summary>
    MalformedToken,

    /// <summary>A JWT that failed validation: expired, unsigned, wrong key, issuer, audience or endorsement.</summary>
    InvalidToken,

    /// <summary>The Bot Framework's OpenID metadata or signing keys could not be fetched in time.</summary>
    MetadataUnavailable,
}
