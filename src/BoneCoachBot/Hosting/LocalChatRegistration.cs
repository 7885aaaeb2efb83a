using BoneCoachBot.LocalChat;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace BoneCoachBot.Hosting;

public static class LocalChatRegistration
{
    /// <summary>The Web Chat page's channels: the bot's own local Direct Line, and the token swap for Azure's.</summary>
    public static IServiceCollection AddLocalChat(this IServiceCollection services)
    {
        services.AddOptions<LocalChatOptions>().BindConfiguration(LocalChatOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<LocalChatOptions>, LocalChatOptionsValidator>();
        services.AddOptions<DirectLineOptions>().BindConfiguration(DirectLineOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DirectLineOptions>, DirectLineOptionsValidator>();
        services.AddHttpClient(DirectLineTokenEndpoint.HttpClientName);

        services.AddDataProtection();
        services.AddSingleton<WebChatUser>();
        services.AddSingleton<LocalConversations>();
        services.AddSingleton<LocalServiceUrl>();
        services.AddSingleton<LocalChatTurns>();
        return services;
    }

    /// <summary>
    /// The Web Chat page at / (wwwroot, with the botframework-webchat bundle from node_modules), its token endpoint,
    /// and the local Direct Line endpoints when the local channel is on.
    /// </summary>
    public static WebApplication MapWebChat(this WebApplication app)
    {
        // The built app run from bin/ outside Development has no wwwroot (publish or `dotnet run` brings it).
        if (app.Environment.WebRootFileProvider.GetFileInfo("index.html").Exists)
        {
            app.UseDefaultFiles();
            app.UseStaticFiles();
        }

        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = "/lib",
            FileProvider = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "WebChat")),
        });

        var enabled = app.Services.GetRequiredService<IOptions<LocalChatOptions>>().Value.IsEnabled(app.Configuration["MicrosoftAppId"]);
        if (enabled)
        {
            LocalChatEndpoints.Map(app);
        }

        DirectLineTokenEndpoint.Map(app, enabled);
        return app;
    }
}
