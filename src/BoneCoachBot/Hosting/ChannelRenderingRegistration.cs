using BoneCoachBot.ChannelRendering;
using Microsoft.Bot.Builder;

namespace BoneCoachBot.Hosting;

public static class ChannelRenderingRegistration
{
    /// <summary>
    /// Wraps the registered bot (call after every registration of the bot) in <see cref="ChannelAwareBot"/>, so /api/messages and the
    /// local channel both keep group chats free of health questions and fit replies to each channel.
    /// </summary>
    public static IServiceCollection AddChannelRendering(this IServiceCollection services)
    {
        var registered = services.LastOrDefault(s => s.ServiceType == typeof(IBot))
            ?? throw new InvalidOperationException("Register the bot before AddChannelRendering(): there is no IBot to wrap.");
        services.Remove(registered);
        services.Add(new ServiceDescriptor(typeof(IBot), sp => ActivatorUtilities.CreateInstance<ChannelAwareBot>(sp, Create(sp, registered)), registered.Lifetime));
        return services;
    }

    private static IBot Create(IServiceProvider services, ServiceDescriptor registered) => (IBot)(
        registered.ImplementationInstance
        ?? registered.ImplementationFactory?.Invoke(services)
        ?? ActivatorUtilities.CreateInstance(services, registered.ImplementationType!));
}
