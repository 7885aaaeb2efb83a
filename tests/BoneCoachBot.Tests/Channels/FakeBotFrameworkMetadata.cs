using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BoneCoachBot.Tests.ChannelTests;

/// <summary>
/// The Bot Framework's OpenID metadata and signing keys, served on loopback by a real Kestrel over HTTPS (IdentityModel
/// refuses http metadata) with a certificate and a signing key generated here. A bot process that trusts
/// <see cref="TrustFile"/> (SSL_CERT_FILE) runs the SDK's own token validation unchanged against it.
/// </summary>
public sealed class FakeBotFrameworkMetadata : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.com";
    private const string KeyId = "local-test-key";

    private readonly WebApplication _app;
    private readonly RSA _rsa = RSA.Create(2048);

    private FakeBotFrameworkMetadata(WebApplication app, string trustFile)
    {
        _app = app;
        TrustFile = trustFile;
    }

    /// <summary>A PEM file holding only this server's certificate, for the bot process's SSL_CERT_FILE.</summary>
    public string TrustFile { get; }

    public string MetadataUrl { get; private set; } = string.Empty;

    public SigningCredentials Signing => new(new RsaSecurityKey(_rsa) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256);

    /// <summary>When set, metadata requests wait for it: an endpoint that accepts the connection and never answers.</summary>
    public TaskCompletionSource? Hang { get; set; }

    public static async Task<FakeBotFrameworkMetadata> StartAsync()
    {
        var certificate = LoopbackCertificate();
        var trustFile = Path.Combine(Path.GetTempPath(), $"bonecoach-metadata-{Guid.NewGuid():N}.pem");
        await File.WriteAllTextAsync(trustFile, certificate.ExportCertificatePem());

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeBotFrameworkMetadata(app, trustFile);
        app.MapGet("/.well-known/openidconfiguration", async (HttpContext http) =>
        {
            if (fake.Hang is { } hang)
            {
                await hang.Task;
            }

            return Results.Json(new Dictionary<string, object>
            {
                ["issuer"] = Issuer,
                ["jwks_uri"] = $"{http.Request.Scheme}://{http.Request.Host}/keys",
                ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
                ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
            });
        });
        app.MapGet("/keys", () => Results.Json(new { keys = new[] { fake.PublicKey() } }));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.MetadataUrl = address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal) + "/.well-known/openidconfiguration";
        return fake;
    }

    private static System.Security.Cryptography.X509Certificates.X509Certificate2 LoopbackCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new System.Security.Cryptography.X509Certificates.SubjectAlternativeNameBuilder();
        names.AddIpAddress(System.Net.IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new System.Security.Cryptography.X509Certificates.X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new System.Security.Cryptography.X509Certificates.X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        // Re-imported so Kestrel gets a certificate whose private key it can use on every platform.
        return System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12(created.Export(System.Security.Cryptography.X509Certificates.X509ContentType.Pfx), null);
    }

    /// <summary>A channel token as Azure Bot Service sends it, signed with the local key unless told otherwise.</summary>
    public string Token(string appId, string serviceUrl, DateTime? expires = null, SigningCredentials? signing = null)
    {
        var expiry = expires ?? DateTime.UtcNow.AddMinutes(30);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = appId,
            NotBefore = expiry.AddHours(-1),
            IssuedAt = expiry.AddHours(-1),
            Expires = expiry,
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
            SigningCredentials = signing ?? Signing,
        });
    }

    public async ValueTask DisposeAsync()
    {
        Hang?.TrySetResult();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _rsa.Dispose();
        File.Delete(TrustFile);
    }

    private Dictionary<string, object> PublicKey()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        return new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            // Which channels the key may speak for; the SDK checks the activity's channelId against it.
            ["endorsements"] = new[] { "msteams", "webchat", "directline", "emulator" },
        };
    }
}
