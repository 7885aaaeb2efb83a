using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BoneCoachBot.State;
using BoneCoachBot.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace BoneCoachBot.Tests.Deployment;

public sealed class AppServiceTemplateTests
{
    private static readonly JsonObject Template = DeploymentFiles.ReadTemplate("app-service.json");

    private static JsonObject Site => DeploymentFiles.Resource(Template, "Microsoft.Web/sites");

    private static Dictionary<string, string> AppSettings =>
        Site["properties"]!["siteConfig"]!["appSettings"]!.AsArray()
            .ToDictionary(s => (string)s!["name"]!, s => (string)s!["value"]!);

    // The host's own settings file lists every key it reads: MicrosoftApp* for the SDK, BoneCoach:* for us.
    private static HashSet<string> HostKeys() =>
        new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(RepositoryPaths.Root, "src", "BoneCoachBot", "appsettings.json"))
            .Build().AsEnumerable().Select(kv => kv.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);

    // App settings arrive as environment variables, where "__" stands for ":".
    private static string ConfigurationKey(string appSetting) => appSetting.Replace("__", ":", StringComparison.Ordinal);

    [Fact]
    public void Every_app_setting_is_a_key_the_host_reads()
    {
        var hostKeys = HostKeys();

        Assert.All(AppSettings.Keys, name => Assert.Contains(ConfigurationKey(name), hostKeys));
    }

    [Fact]
    public void Storage_settings_name_storage_options_properties()
    {
        var prefix = StorageOptions.Section + ":";
        var properties = typeof(StorageOptions).GetProperties().Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);

        var storageKeys = AppSettings.Keys.Select(ConfigurationKey).Where(k => k.StartsWith("BoneCoach:", StringComparison.OrdinalIgnoreCase)).ToList();

        Assert.NotEmpty(storageKeys);
        Assert.All(storageKeys, key =>
        {
            Assert.StartsWith(prefix, key, StringComparison.OrdinalIgnoreCase);
            Assert.Contains(key[prefix.Length..], properties);
        });
    }

    [Fact]
    public void The_site_gets_the_four_bot_authentication_settings()
    {
        Assert.Superset(
            new HashSet<string> { "MicrosoftAppType", "MicrosoftAppId", "MicrosoftAppPassword", "MicrosoftAppTenantId" },
            AppSettings.Keys.ToHashSet());
    }

    private const string IdentityClientId = "0b0e5a6c-3f4d-4d8e-9a57-1c2d3e4f5a6b";
    private const string BlobEndpoint = "https://bonecoachabc.blob.core.windows.net/";

    // What ARM's expressions resolve to for a UserAssignedMSI deployment; literal values are taken as written.
    private static Dictionary<string, string?> DeployedSettings()
    {
        var resolved = new Dictionary<string, string>
        {
            ["MicrosoftAppType"] = "UserAssignedMSI",
            ["MicrosoftAppId"] = IdentityClientId,
            ["MicrosoftAppPassword"] = "",
            ["MicrosoftAppTenantId"] = "7d9e2c4b-1a3f-4e5d-8b6c-9f0a1b2c3d4e",
            ["BoneCoach__Storage__AccountUrl"] = BlobEndpoint,
            ["BoneCoach__Storage__ManagedIdentityClientId"] = IdentityClientId,
            ["BoneCoach__Storage__ContainerName"] = (string)Template["parameters"]!["storageContainerName"]!["defaultValue"]!,
        };
        return AppSettings.ToDictionary(
            s => ConfigurationKey(s.Key),
            s => (string?)(!s.Value.StartsWith('[') ? s.Value
                : resolved.TryGetValue(s.Key, out var value) ? value
                : throw new InvalidOperationException($"{s.Key} is an ARM expression this test does not resolve: {s.Value}")));
    }

    [Fact]
    public void Storage_settings_bound_as_the_host_binds_them_pass_its_start_up_validation()
    {
        var options = new ConfigurationBuilder().AddInMemoryCollection(DeployedSettings()).Build()
            .GetSection(StorageOptions.Section).Get<StorageOptions>()!;
        var result = new StorageOptionsValidator().Validate(null, options);

        Assert.True(result.Succeeded, result.FailureMessage);
        Assert.Equal(StorageProvider.Blob, options.Provider);
        Assert.Null(options.ConnectionString);
        Assert.Equal(BlobEndpoint, options.AccountUrl);
        Assert.Equal(IdentityClientId, options.ManagedIdentityClientId);
    }

    [Fact]
    public async Task With_the_templates_settings_the_host_starts_answers_health_and_demands_bot_framework_auth()
    {
        var factory = new BotHostFactory();
        foreach (var (key, value) in DeployedSettings())
        {
            factory.With(key, value);
        }

        await using var host = factory;
        using var client = host.CreateClient();
        var health = await client.GetAsync("/healthz");
        var unsigned = await client.PostAsync("/api/messages", new StringContent(
            """{"type":"message","id":"1","text":"hi","channelId":"msteams","serviceUrl":"https://smba.example/","conversation":{"id":"c"},"from":{"id":"u"},"recipient":{"id":"b"}}""",
            Encoding.UTF8, "application/json"));

        // /healthz asks the storage too; the template's account does not exist here, so 503 naming it is the right answer.
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Contains("\"storage\":\"unreachable\"", await health.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // With an app id every request needs a Bot Framework token: proof the MicrosoftApp* settings reached the SDK.
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
    }

    [Fact]
    public void The_site_runs_dotnet_10_on_linux_over_https_with_web_sockets_always_on_and_a_health_check()
    {
        var config = Site["properties"]!["siteConfig"]!;

        Assert.Equal("app,linux", (string?)Site["kind"]);
        Assert.True((bool)Site["properties"]!["httpsOnly"]!);
        Assert.Equal("DOTNETCORE|10.0", (string?)config["linuxFxVersion"]);
        Assert.True((bool)config["webSocketsEnabled"]!);
        Assert.True((bool)config["alwaysOn"]!);
        Assert.Equal("/healthz", (string?)config["healthCheckPath"]);
        Assert.True((bool)DeploymentFiles.Resource(Template, "Microsoft.Web/serverfarms")["properties"]!["reserved"]!, "a Linux plan is reserved: true");
    }

    [Fact]
    public void The_storage_account_takes_tls_1_2_and_no_public_blob_access_and_holds_the_state_container()
    {
        var account = DeploymentFiles.Resource(Template, "Microsoft.Storage/storageAccounts");
        var container = DeploymentFiles.Resource(Template, "Microsoft.Storage/storageAccounts/blobServices/containers");

        Assert.Equal("StorageV2", (string?)account["kind"]);
        Assert.Equal("TLS1_2", (string?)account["properties"]!["minimumTlsVersion"]);
        Assert.False((bool)account["properties"]!["allowBlobPublicAccess"]!);
        Assert.Equal("None", (string?)container["properties"]!["publicAccess"]);
        Assert.Contains("parameters('storageContainerName')", (string?)container["name"]);
    }

    [Fact]
    public void The_site_identity_gets_storage_blob_data_contributor_on_the_account()
    {
        var assignment = DeploymentFiles.Resource(Template, "Microsoft.Authorization/roleAssignments");

        // Storage Blob Data Contributor's built-in role id.
        Assert.Contains("'ba92f5b4-2d11-453d-a403-e96b0029c9fe'", (string?)Template["variables"]!["storageBlobDataContributorRoleId"]);
        Assert.Equal("[variables('storageBlobDataContributorRoleId')]", (string?)assignment["properties"]!["roleDefinitionId"]);
        Assert.Equal("[format('Microsoft.Storage/storageAccounts/{0}', parameters('storageAccountName'))]", (string?)assignment["scope"]);
        Assert.Contains(".identity.principalId", (string?)assignment["properties"]!["principalId"]);
        Assert.Equal("ServicePrincipal", (string?)assignment["properties"]!["principalType"]);
    }

    [Fact]
    public async Task The_health_check_path_answers_200_from_the_real_host()
    {
        await using var host = new BotHostFactory();
        using var client = host.CreateClient();

        var response = await client.GetAsync((string)Site["properties"]!["siteConfig"]!["healthCheckPath"]!);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_messaging_endpoint_in_the_bot_template_is_the_hosts_activity_endpoint()
    {
        var bot = DeploymentFiles.Resource(DeploymentFiles.ReadTemplate("azure-bot.json"), "Microsoft.BotService/botServices");
        var endpoint = (string)bot["properties"]!["endpoint"]!;
        var path = Regex.Match(endpoint, @"^\[format\('https://\{0\}(/[^']*)'").Groups[1].Value;
        await using var host = new BotHostFactory();
        using var client = host.CreateClient();

        // An empty object is not an activity: the real endpoint answers 400; a wrong path would answer 404 or 405.
        var response = await client.PostAsync(path, new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal("/api/messages", path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
