using System.Text.Json.Nodes;

namespace BoneCoachBot.Tests.Deployment;

public sealed class AzureBotTemplateTests
{
    private static readonly JsonObject Template = DeploymentFiles.ReadTemplate("azure-bot.json");

    private static JsonObject Bot => DeploymentFiles.Resource(Template, "Microsoft.BotService/botServices");

    [Fact]
    public void The_bot_is_an_azure_bot_with_a_free_or_standard_sku_and_the_identity_settings()
    {
        var properties = Bot["properties"]!.AsObject();

        Assert.Equal("azurebot", (string?)Bot["kind"]);
        Assert.Equal("global", (string?)Bot["location"]);
        Assert.Equal(["F0", "S1"], Template["parameters"]!["botSku"]!["allowedValues"]!.AsArray().Select(v => (string)v!));
        Assert.Superset(new HashSet<string> { "endpoint", "msaAppType", "msaAppId", "msaAppTenantId", "msaAppMSIResourceId" }, properties.Select(p => p.Key).ToHashSet());
    }

    [Fact]
    public void App_types_match_between_the_web_app_and_the_bot()
    {
        static IEnumerable<string> AppTypes(string template) =>
            DeploymentFiles.ReadTemplate(template)["parameters"]!["appType"]!["allowedValues"]!.AsArray().Select(v => (string)v!);

        Assert.Equal(["MultiTenant", "SingleTenant", "UserAssignedMSI"], AppTypes("azure-bot.json"));
        Assert.Equal(AppTypes("azure-bot.json"), AppTypes("app-service.json"));
    }

    [Fact]
    public void The_teams_channel_belongs_to_the_bot()
    {
        var teams = DeploymentFiles.Resource(Template, "Microsoft.BotService/botServices/channels");

        Assert.Equal("[format('{0}/MsTeamsChannel', parameters('botName'))]", (string?)teams["name"]);
        Assert.Equal("MsTeamsChannel", (string?)teams["properties"]!["channelName"]);
        Assert.True((bool)teams["properties"]!["properties"]!["isEnabled"]!);
    }

    [Fact]
    public void Every_bot_input_the_web_app_produces_is_one_of_its_outputs()
    {
        // The README passes these app-service outputs to azure-bot parameters; a renamed output breaks that step.
        var outputs = DeploymentFiles.ReadTemplate("app-service.json")["outputs"]!.AsObject().Select(o => o.Key).ToHashSet();

        Assert.Superset(new HashSet<string> { "siteHostName", "appType", "msaAppId", "msaAppTenantId", "msaAppMSIResourceId" }, outputs);
    }
}
