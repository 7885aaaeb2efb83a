using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BoneCoachBot.Tests.Support;

/// <summary>
/// Runs the start-up validation (every <c>ValidateOnStart</c>) of one real registration over the given settings.
/// A whole host on TestServer would do the same, but when its start fails, Program's own Run can dispose the host
/// before WebApplicationFactory reads it, so the failure arrives as an ObjectDisposedException now and then.
/// </summary>
public static class SettingsCheck
{
    public static OptionsValidationException Refuses(Action<IServiceCollection> register, string key, string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        register(services);
        using var provider = services.BuildServiceProvider();

        return Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
    }
}
