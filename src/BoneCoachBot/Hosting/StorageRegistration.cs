using BoneCoachBot.State;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace BoneCoachBot.Hosting;

public static class StorageRegistration
{
    /// <summary>The <see cref="IStorage"/> named by <c>BoneCoach:Storage:Provider</c>; a bad setting stops start-up.</summary>
    public static IServiceCollection AddBotStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddSingleton<IStorage>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            return options.Provider switch
            {
                StorageProvider.Memory => new MemoryStorage(),
                _ => new FileStorage(Path.Combine(sp.GetRequiredService<IHostEnvironment>().ContentRootPath, options.Directory)),
            };
        });
        return services;
    }
}
