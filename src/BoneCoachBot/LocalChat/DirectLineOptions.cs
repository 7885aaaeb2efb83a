namespace BoneCoachBot.LocalChat;

/// <summary>
/// Azure's Direct Line, for the Web Chat page in production: <c>BoneCoach:DirectLine</c>. The secret stays on the
/// server; <c>POST /api/directline/token</c> swaps it for a conversation token.
/// </summary>
public sealed class DirectLineOptions
{
    public const string Section = "BoneCoach:DirectLine";

    /// <summary>A Direct Line (or Web Chat) channel secret from the Azure Bot; empty: no Azure Direct Line.</summary>
    public string Secret { get; set; } = string.Empty;

    /// <summary>The Direct Line service; a regional one (europe.directline.botframework.com, ...) where data must stay.</summary>
    public Uri BaseUrl { get; set; } = new("https://directline.botframework.com/");

    /// <summary>How long to wait for Azure to answer the token request.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
}
