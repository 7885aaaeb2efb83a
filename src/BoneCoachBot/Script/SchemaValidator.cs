using System.Text.Json;
using Json.Schema;

namespace BoneCoachBot.Script;

/// <summary>
/// A schema of dialogs/ built with JsonSchema.Net. The only class that touches that library: its module initializer
/// (keywords, dialects, meta-schemas) was an eighth of a child bot's start, and now runs only when a file has no pass.
/// </summary>
internal sealed class SchemaValidator(string schemaText)
{
    // A registry of its own: the global one refuses a second schema with the same $id.
    private readonly JsonSchema _schema = JsonSchema.FromText(schemaText, new BuildOptions { SchemaRegistry = new SchemaRegistry() });

    /// <summary>The verdict alone is a quarter cheaper to reach than the details, which only a broken file needs.</summary>
    public bool Accepts(JsonElement root) => _schema.Evaluate(root, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;

    /// <summary>
    /// The most specific error: the deepest one ("max is required"), not "allOf failed". An "if" that does not match is
    /// how the schema picks a branch, not a mistake in the file.
    /// </summary>
    public (string Pointer, string Message) FirstError(JsonElement root) =>
        (_schema.Evaluate(root, new EvaluationOptions { OutputFormat = OutputFormat.List }).Details ?? [])
            .Where(detail => detail.Errors is { Count: > 0 } && !detail.EvaluationPath.ToString().Contains("/if", StringComparison.Ordinal))
            .OrderByDescending(detail => detail.InstanceLocation.ToString().Length)
            .ThenByDescending(detail => detail.EvaluationPath.ToString().Length)
            .Select(detail => (detail.InstanceLocation.ToString(), Describe(detail)))
            .DefaultIfEmpty((string.Empty, "the file does not match the script schema."))
            .First();

    private static string Describe(EvaluationResults detail)
    {
        var pointer = detail.InstanceLocation.ToString();
        // additionalProperties: false reports "fail against the false schema"; say what that means here.
        if (detail.Errors!.Keys.Any(keyword => keyword == "false") || detail.Errors.Values.Any(e => e.Contains("false schema", StringComparison.Ordinal)))
        {
            return $"unknown field '{pointer[(pointer.LastIndexOf('/') + 1)..]}' (check its spelling against script.schema.json).";
        }

        var where = pointer.Length > 0 ? $"at {pointer}: " : string.Empty;
        return where + string.Join("; ", detail.Errors.Values);
    }
}
