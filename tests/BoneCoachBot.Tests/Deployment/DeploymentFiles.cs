using System.Text.Json.Nodes;
using BoneCoachBot.Tests.Support;

namespace BoneCoachBot.Tests.Deployment;

/// <summary>The files under deploymentTemplates/, read the way Azure reads them: strict JSON.</summary>
public static class DeploymentFiles
{
    public static string Folder => Path.Combine(RepositoryPaths.Root, "deploymentTemplates");

    public static string Teams => Path.Combine(Folder, "teams");

    public static string TeamsSchemas => Path.Combine(RepositoryPaths.Root, "node_modules", "@microsoft", "app-manifest", "build", "json-schemas", "teams");

    /// <summary>Templates are every *.json here that is not a parameters file.</summary>
    public static IEnumerable<string> Templates() =>
        Directory.EnumerateFiles(Folder, "*.json").Where(f => !f.EndsWith(".parameters.json", StringComparison.Ordinal)).Order();

    public static IEnumerable<string> ParameterFiles() =>
        Directory.EnumerateFiles(Folder, "*.parameters.json").Order();

    public static string ParametersFor(string template) =>
        Path.ChangeExtension(template, null) + ".parameters.json";

    public static JsonObject Read(string path) =>
        JsonNode.Parse(File.ReadAllText(path))?.AsObject() ?? throw new InvalidDataException(path + " is JSON null");

    public static JsonObject ReadTemplate(string name) => Read(Path.Combine(Folder, name));

    public static IEnumerable<JsonObject> Resources(JsonObject template, string type) =>
        template["resources"]!.AsArray().Select(r => r!.AsObject())
            .Where(r => string.Equals((string?)r["type"], type, StringComparison.OrdinalIgnoreCase));

    public static JsonObject Resource(JsonObject template, string type) =>
        Assert.Single(Resources(template, type));

    /// <summary>Every string in a JSON tree, property names included (ARM allows expressions in both).</summary>
    public static IEnumerable<string> Strings(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    yield return name;
                    foreach (var s in Strings(value))
                    {
                        yield return s;
                    }
                }

                break;
            case JsonArray array:
                foreach (var s in array.SelectMany(Strings))
                {
                    yield return s;
                }

                break;
            case JsonValue value when value.TryGetValue<string>(out var text):
                yield return text;
                break;
        }
    }
}
