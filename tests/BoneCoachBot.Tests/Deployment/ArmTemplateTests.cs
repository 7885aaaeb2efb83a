using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace BoneCoachBot.Tests.Deployment;

public sealed partial class ArmTemplateTests
{
    public static TheoryData<string> TemplateNames => new(DeploymentFiles.Templates().Select(Path.GetFileName)!);

    public static TheoryData<string> AllFileNames =>
        new(DeploymentFiles.Templates().Concat(DeploymentFiles.ParameterFiles()).Select(Path.GetFileName)!);

    [Fact]
    public void The_folder_holds_the_resource_group_app_service_and_azure_bot_templates()
    {
        Assert.Equal(["app-service.json", "azure-bot.json", "resource-group.json"], DeploymentFiles.Templates().Select(Path.GetFileName));
    }

    [Theory]
    [MemberData(nameof(AllFileNames))]
    public void Every_template_and_parameters_file_is_json_with_schema_and_content_version(string name)
    {
        var file = DeploymentFiles.Read(Path.Combine(DeploymentFiles.Folder, name));

        var schema = (string?)file["$schema"];
        var expected = name.EndsWith(".parameters.json", StringComparison.Ordinal)
            ? ["deploymentParameters.json#"]
            : new[] { "deploymentTemplate.json#", "subscriptionDeploymentTemplate.json#" };
        Assert.StartsWith("https://schema.management.azure.com/schemas/", schema);
        Assert.Contains(expected, e => schema!.EndsWith("/" + e, StringComparison.Ordinal));
        Assert.Matches(@"^\d+\.\d+\.\d+\.\d+$", (string?)file["contentVersion"]);
        Assert.NotNull(file["parameters"] as JsonObject);
    }

    [Fact]
    public void Every_template_has_a_parameters_file_and_every_parameters_file_a_template()
    {
        var templates = DeploymentFiles.Templates().ToList();

        Assert.All(templates, t => Assert.True(File.Exists(DeploymentFiles.ParametersFor(t)), "no parameters file for " + t));
        Assert.Equal(templates.Select(DeploymentFiles.ParametersFor), DeploymentFiles.ParameterFiles());
    }

    [Theory]
    [MemberData(nameof(TemplateNames))]
    public void A_parameters_file_sets_only_parameters_its_template_declares(string name)
    {
        var declared = Declared(name);
        var given = Given(name);

        Assert.Empty(given.Keys.Except(declared.Keys));
    }

    [Theory]
    [MemberData(nameof(TemplateNames))]
    public void Every_parameter_without_a_default_is_given_except_secrets_which_come_from_the_command_line(string name)
    {
        var given = Given(name);

        var missing = Declared(name)
            .Where(p => p.Value["defaultValue"] is null && !IsSecret(p.Value) && !given.ContainsKey(p.Key))
            .Select(p => p.Key);

        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(TemplateNames))]
    public void Secrets_have_no_default_and_no_value_in_a_parameters_file(string name)
    {
        var secrets = Declared(name).Where(p => IsSecret(p.Value)).ToList();

        Assert.All(secrets, p => Assert.Null(p.Value["defaultValue"]));
        Assert.Empty(secrets.Select(p => p.Key).Intersect(Given(name).Keys));
    }

    [Theory]
    [MemberData(nameof(TemplateNames))]
    public void Expressions_name_only_declared_parameters_and_variables(string name)
    {
        var template = DeploymentFiles.ReadTemplate(name);
        var parameters = Declared(name).Keys.ToHashSet();
        var variables = (template["variables"] as JsonObject)?.Select(v => v.Key).ToHashSet() ?? [];
        var strings = DeploymentFiles.Strings(template).ToList();

        Assert.Empty(strings.SelectMany(s => Named(ParameterReference(), s)).Where(p => !parameters.Contains(p)).Distinct());
        Assert.Empty(strings.SelectMany(s => Named(VariableReference(), s)).Where(v => !variables.Contains(v)).Distinct());
    }

    [Theory]
    [MemberData(nameof(TemplateNames))]
    public void No_variable_is_defined_in_terms_of_itself(string name)
    {
        var variables = DeploymentFiles.ReadTemplate(name)["variables"] as JsonObject ?? [];

        var selfReferencing = variables.Where(v => DeploymentFiles.Strings(v.Value).SelectMany(s => Named(VariableReference(), s)).Contains(v.Key));

        Assert.Empty(selfReferencing.Select(v => v.Key));
    }

    [Theory]
    [MemberData(nameof(TemplateNames))]
    public void Every_declared_parameter_is_used(string name)
    {
        var template = DeploymentFiles.ReadTemplate(name);
        var withoutParameterBlock = template.DeepClone().AsObject();
        withoutParameterBlock.Remove("parameters");
        // A parameter may feed another parameter's default (appServicePlanName from siteName), so count those too.
        var used = DeploymentFiles.Strings(withoutParameterBlock)
            .Concat(Declared(name).Values.Select(p => p["defaultValue"]?.ToString() ?? string.Empty))
            .SelectMany(s => Named(ParameterReference(), s))
            .ToHashSet();

        var unused = Declared(name).Keys.Except(used);

        Assert.Empty(unused);
    }

    [Fact]
    public void The_resource_group_template_is_deployed_at_subscription_scope_and_creates_the_group()
    {
        var template = DeploymentFiles.ReadTemplate("resource-group.json");

        Assert.EndsWith("subscriptionDeploymentTemplate.json#", (string?)template["$schema"]);
        Assert.Equal("[parameters('resourceGroupName')]", (string?)DeploymentFiles.Resource(template, "Microsoft.Resources/resourceGroups")["name"]);
    }

    private static Dictionary<string, JsonObject> Declared(string template) =>
        DeploymentFiles.ReadTemplate(template)["parameters"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.AsObject());

    private static Dictionary<string, JsonNode?> Given(string template) =>
        DeploymentFiles.Read(DeploymentFiles.ParametersFor(Path.Combine(DeploymentFiles.Folder, template)))["parameters"]!.AsObject()
            .ToDictionary(p => p.Key, p => p.Value);

    private static bool IsSecret(JsonObject parameter) =>
        ((string?)parameter["type"])?.StartsWith("secure", StringComparison.OrdinalIgnoreCase) == true;

    private static IEnumerable<string> Named(Regex pattern, string text) =>
        pattern.Matches(text).Select(m => m.Groups[1].Value);

    [GeneratedRegex(@"parameters\('([^']+)'\)")]
    private static partial Regex ParameterReference();

    [GeneratedRegex(@"variables\('([^']+)'\)")]
    private static partial Regex VariableReference();
}
