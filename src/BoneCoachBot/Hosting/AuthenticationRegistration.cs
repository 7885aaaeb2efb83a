using BoneCoachBot.Authentication;
using Microsoft.Bot.Connector.Authentication;

namespace BoneCoachBot.Hosting;

public static class AuthenticationRegistration
{
    /// <summary>
    /// Wraps the registered <see cref="BotFrameworkAuthentication"/> (call after AddBotFramework) so that every bad
    /// token becomes a 401 within a bounded time, never a 500.
    /// </summary>
    public static IServiceCollection AddFailClosedAuthentication(this IServiceCollection services)
    {
        var registered = services.LastOrDefault(s => s.ServiceType == typeof(BotFrameworkAuthentication))
            ?? throw new InvalidOperationException("Call AddBotFramework() before AddFailClosedAuthentication(): there is no BotFrameworkAuthentication to wrap.");
        services.Remove(registered);
        services.AddSingleton<BotFrameworkAuthentication>(sp => new FailClosedBotAuthentication(Create(sp, registered)));
        return services;
    }

    /// <summary>Refuses unauthenticated posts to /api/messages before the endpoint reads them.</summary>
    public static IApplicationBuilder UseBotRequestAuthentication(this IApplicationBuilder app) =>
        app.UseMiddleware<BotRequestAuthentication>();

    private static BotFrameworkAuthentication Create(IServiceProvider services, ServiceDescriptor registered) => (BotFrameworkAuthentication)(
        registered.ImplementationInstance
        ?? registered.ImplementationFactory?.Invoke(services)
        ?? ActivatorUtilities.CreateInstance(services, registered.ImplementationType!));
}
