using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace BoneCoachBot.Script;

/// <summary>
/// A schema file of dialogs/ and the files that have already passed it. Checking all 30 files at every start cost a
/// bot about a quarter of a second of CPU (a child bot of the tests reached "listening" after 1.2 s instead of 1.0),
/// while the files change only with a deployment: a pass is kept on disk under the hash of the file, its schema and the
/// validator's version, and the schema is built only when a file has no such pass. A file that fails is never kept, so
/// its error is reported at every start.
/// </summary>
internal sealed class ScriptSchema
{
    private static readonly string Passes = Path.Combine(Path.GetTempPath(), "bonecoach-schema-passes");
    // The version this build references, which the runtime binds: read from the bot's own metadata, so that a start where
    // every file has a pass never loads JsonSchema.Net (see SchemaValidator).
    private static readonly string Validator = typeof(ScriptSchema).Assembly.GetReferencedAssemblies()
        .First(reference => reference.Name == "JsonSchema.Net").Version?.ToString() ?? string.Empty;

    // The validator's version and the schema, hashed once for all the files checked against it.
    private readonly byte[] _schemaDigest;
    private readonly Lazy<SchemaValidator> _validator;

    public ScriptSchema(string path)
    {
        var text = File.ReadAllText(path);
        _schemaDigest = SHA256.HashData(Encoding.UTF8.GetBytes(Validator + "\n" + text));
        _validator = new(() => new SchemaValidator(text));
    }

    /// <summary>Whether <paramref name="root"/>, read from <paramref name="file"/>, matches the schema.</summary>
    public bool Accepts(byte[] file, JsonElement root)
    {
        var pass = Path.Combine(Passes, Hash(file));
        if (File.Exists(pass))
        {
            return true;
        }

        if (!_validator.Value.Accepts(root))
        {
            return false;
        }

        Keep(pass);
        return true;
    }

    /// <summary>Where <paramref name="root"/> first breaks the schema, for the message that names it.</summary>
    public (string Pointer, string Message) FirstError(JsonElement root) => _validator.Value.FirstError(root);

    private string Hash(byte[] file)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(_schemaDigest);
        hash.AppendData(file);
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    // A pass that can't be kept (a read-only disk) only means the check runs again at the next start.
    private static void Keep(string pass)
    {
        try
        {
            Directory.CreateDirectory(Passes);
            File.WriteAllBytes(pass, []);
        }
        catch (Exception unkept) when (unkept is IOException or UnauthorizedAccessException)
        {
        }
    }
}
