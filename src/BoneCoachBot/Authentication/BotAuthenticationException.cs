namespace BoneCoachBot.Authentication;

/// <summary>
/// A refused request. An <see cref="UnauthorizedAccessException"/> so that the SDK's CloudAdapter, should it ever
/// see one, answers 401 as it does for its own refusals instead of letting it become a 500.
/// </summary>
public sealed class BotAuthenticationException : UnauthorizedAccessException
{
    public BotAuthenticationException(BotAuthenticationFailure failure)
        : base($"The request was refused: {failure}.")
    {
        Failure = failure;
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
}
