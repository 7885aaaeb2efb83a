using BoneCoachBot.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BoneCoachBot.Tests.Hosting;

public sealed class StartupOptionsTests
{
    [Fact]
    public void Warm_up_is_on_unless_switched_off()
    {
        Assert.True(OptionsFrom([]).WarmUp);
        Assert.False(OptionsFrom(new() { ["BoneCoach:Startup:WarmUp"] = "false" }).WarmUp);
    }

    [Fact]
    public void A_warm_up_setting_that_is_not_true_or_false_stops_start_up_naming_its_key()
    {
        var failure = Assert.ThrowsAny<Exception>(() => OptionsFrom(new() { ["BoneCoach:Startup:WarmUp"] = "sometimes" }));

        Assert.Contains("BoneCoach:Startup:WarmUp", failure.Message);
    }

    // The registration as Program.cs makes it, validated the way start-up validates it.
    private static StartupOptions OptionsFrom(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddCoachingDialogs();
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();
        return provider.GetRequiredService<IOptions<StartupOptions>>().Value;
    }
}
