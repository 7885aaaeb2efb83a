using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace BoneCoachBot.Hosting;

public static class BotFrameworkRegistration
{
    /// <summary>Authentication from MicrosoftApp* settings, the adapter and bot state (the bot itself is added in Program.cs).</summary>
    public static IServiceCollection AddBotFramework(this IServiceCollection services)
    {
        // Reads MicrosoftAppType, MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppTenantId; no app id = no auth (local dev).
        services.AddSingleton<BotFrameworkAuthentication, ConfigurationBotFrameworkAuthentication>();
        // By factory: CloudAdapter has two constructors DI can't choose between.
        services.AddSingleton(sp => new AdapterWithErrorHandler(
            sp.GetRequiredService<BotFrameworkAuthentication>(), sp.GetRequiredService<ILogger<AdapterWithErrorHandler>>()));
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<AdapterWithErrorHandler>());

        services.AddSingleton<ConversationState>();
        services.AddSingleton<UserState>();
        return services;
    }
}
