using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace BoneCoachBot.LocalChat;

/// <summary>
/// The Web Chat page's user id, kept across page reloads in a cookie the server encrypts and signs (ASP.NET Data
/// Protection): a reload carries on her coaching instead of greeting a stranger, and the page can neither read the id
/// nor claim someone else's. A cookie that doesn't unprotect (tampered, or keys rotated away) just starts a new user.
/// </summary>
public sealed class WebChatUser(IDataProtectionProvider protection)
{
    public const string CookieName = "bonecoach.user";
    private const string Prefix = "dl_";

    // Long enough to span months of weekly check-ins; a shared computer's browser forgets her after that.
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(180);

    private readonly IDataProtector _protector = protection.CreateProtector("BoneCoachBot.WebChatUser.v1");

    /// <summary>Her id from the cookie, or a new one; either way the cookie is (re)issued for another half year.</summary>
    public string For(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var id = Read(http.Request) ?? NewId();
        http.Response.Cookies.Append(CookieName, _protector.Protect(id), new CookieOptions
        {
            HttpOnly = true,
            Secure = http.Request.IsHttps,
            SameSite = SameSiteMode.Strict,
            Path = DirectLineTokenEndpoint.Path,
            MaxAge = Lifetime,
            IsEssential = true,
        });
        return id;
    }

    public static string NewId() => Prefix + Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();

    private string? Read(HttpRequest request)
    {
        if (!request.Cookies.TryGetValue(CookieName, out var cookie) || string.IsNullOrEmpty(cookie))
        {
            return null;
        }

        try
        {
            var id = _protector.Unprotect(cookie);
            return id.StartsWith(Prefix, StringComparison.Ordinal) ? id : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
