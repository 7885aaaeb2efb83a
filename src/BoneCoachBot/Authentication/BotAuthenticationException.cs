namespace BoneCoachBot.Authentication;

/// <summary>
/// A refused request. An <see cref="UnauthorizedAccessException"/> so that the SDK's CloudAdapter, should it ever
/// see one, answers 401 as it does for its own refusals instead of letting it become a 500.
/// </summary>
public sealed class BotAuthenticationException : UnauthorizedAccessException
{
    public BotAuthenticationException(BotAuthenticationFailure failure, string? cause = null)
        : base($"The request was refused: {failure}.")
    {
        Failure = failure;
        Cause = cause;
    }

    public BotAuthenticationException()
        : this(BotAuthenticationFailure.InvalidToken)
    {
    }

    public BotAuthenticationException(string message)
        : base(message)
    {
        Failure = BotAuthenticationFailure.InvalidToken;
    }

    public BotAuthenticationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Failure = BotAuthenticationFailure.InvalidToken;
    }

    public BotAuthenticationFailure Failure { get; }

    /// <summary>The type of the SDK's exception behind the refusal (never its message, which may quote the token).</summary>
    public string? Cause { get; }
}
