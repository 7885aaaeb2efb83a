using BoneCoachBot.State;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BoneCoachBot.Hosting;

public static class StorageRegistration
{
    /// <summary>
    /// The <see cref="IStorage"/> named by <c>BoneCoach:Storage:Provider</c> (File, Blob or Memory) behind the
    /// turn pipeline's <see cref="TurnScopedStorage"/>, the pipeline and "forget me". A bad setting stops start-up.
    /// </summary>
    public static IServiceCollection AddBotStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton(sp => new TurnScopedStorage(CreateBackend(sp)));
        services.AddSingleton<IStorage>(sp => sp.GetRequiredService<TurnScopedStorage>());
        services.AddSingleton<KeyedAsyncLock>();
        services.AddSingleton<TurnPipeline>();
        services.AddSingleton<UserConversations>();
        services.AddSingleton<ForgetMeService>();
        services.AddHostedService<StateRecoveryService>();
        return services;
    }

    /// <summary>
    /// Registers <typeparamref name="TBot"/> as the one <see cref="IBot"/>, every turn run through the state pipeline
    /// (ETag-checked saves, replies only after the save succeeded). Program.cs calls it once; a test host may call it
    /// again to put its own bot in place of the product's.
    /// </summary>
    public static IServiceCollection AddStateGuardedBot<TBot>(this IServiceCollection services)
        where TBot : class, IBot
    {
        services.TryAddTransient<TBot>();
        services.RemoveAll<IBot>();
        services.AddTransient<IBot, StateGuardedBot<TBot>>();
        return services;
    }

    private static IStorage CreateBackend(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        return options.Provider switch
        {
            StorageProvider.Memory => new InMemoryStorage(),
            StorageProvider.Blob => new BlobStorage(BlobContainerFactory.Create(options)),
            _ => new FileStorage(Path.Combine(services.GetRequiredService<IHostEnvironment>().ContentRootPath, options.Directory)),
        };
    }
}
