using BoneCoachBot.State;
using BoneCoachBot.Hosting;
using BoneCoachBot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BoneCoachBot.Tests.State;

public sealed class StorageOptionsValidationTests
{
    [Fact]
    public async Task A_bot_process_with_blob_but_no_connection_string_or_account_url_stops_naming_both_keys()
    {
        var settings = new Dictionary<string, string> { ["BoneCoach__Storage__Provider"] = "Blob" };

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => BotProcess.StartAsync(settings));

        Assert.Contains("BoneCoach:Storage:ConnectionString", failure.Message);
        Assert.Contains("BoneCoach:Storage:AccountUrl", failure.Message);
    }

    [Theory]
    [InlineData("BoneCoach:Storage:ContainerName", "Bot_State")]
    [InlineData("BoneCoach:Storage:AccountUrl", "not a url")]
    [InlineData("BoneCoach:Storage:MaxTurnAttempts", "0")]
    [InlineData("BoneCoach:Storage:NetworkTimeoutSeconds", "0")]
    [InlineData("BoneCoach:Storage:Provider", "Cloud")]
    public async Task A_bad_storage_setting_stops_start_up_naming_its_key(string key, string value)
    {
        var settings = new Dictionary<string, string?> { ["BoneCoach:Storage:Provider"] = "Blob", [key] = value };
        if (key != "BoneCoach:Storage:AccountUrl")
        {
            settings["BoneCoach:Storage:ConnectionString"] = "UseDevelopmentStorage=true";
        }

        using var host = HostWith(settings);

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());
        Assert.Contains(key, failure.Message);
    }

    [Fact]
    public void A_file_provider_without_a_directory_is_refused()
    {
        var result = new StorageOptionsValidator().Validate(null, new StorageOptions { Provider = StorageProvider.File, Directory = " " });

        Assert.True(result.Failed);
        Assert.Contains("BoneCoach:Storage:Directory", result.FailureMessage);
    }

    [Theory]
    [InlineData("UseDevelopmentStorage=true", null)]
    [InlineData(null, "https://bonecoach.blob.core.windows.net")]
    public void Blob_with_one_of_connection_string_or_account_url_is_accepted(string? connectionString, string? accountUrl)
    {
        var options = new StorageOptions { Provider = StorageProvider.Blob, ConnectionString = connectionString, AccountUrl = accountUrl };

        Assert.True(new StorageOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public void An_account_url_builds_a_client_for_managed_identity_without_network()
    {
        var container = BlobContainerFactory.Create(new StorageOptions
        {
            Provider = StorageProvider.Blob,
            AccountUrl = "https://bonecoach.blob.core.windows.net",
            ManagedIdentityClientId = "00000000-0000-0000-0000-000000000001",
            ContainerName = "bot-state",
        });

        Assert.Equal("https://bonecoach.blob.core.windows.net/bot-state", container.Uri.ToString());
    }

    // The registration as Program.cs makes it, in a plain host: start-up runs the same ValidateOnStart.
    private static IHost HostWith(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddBotStorage();
        return builder.Build();
    }
}
