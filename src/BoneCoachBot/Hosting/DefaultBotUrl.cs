namespace BoneCoachBot.Hosting;

public static class DefaultBotUrl
{
    // The Emulator and every Bot Framework sample expect a local bot on 3978.
    public const string Url = "http://localhost:3978";

    /// <summary>Listens on <see cref="Url"/> unless --urls, ASPNETCORE_URLS, *_HTTP_PORTS or Kestrel endpoints say otherwise.</summary>
    public static WebApplicationBuilder UseDefaultBotUrlWhenNoneConfigured(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var configured = !string.IsNullOrEmpty(configuration[WebHostDefaults.ServerUrlsKey])
            || !string.IsNullOrEmpty(configuration[WebHostDefaults.HttpPortsKey])
            || !string.IsNullOrEmpty(configuration[WebHostDefaults.HttpsPortsKey])
            || configuration.GetSection("Kestrel:Endpoints").Exists();

        if (!configured)
        {
            builder.WebHost.UseUrls(Url);
        }

        return builder;
    }
}
