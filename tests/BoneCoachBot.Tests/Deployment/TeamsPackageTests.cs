using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json.Nodes;
using BoneCoachBot.Script;
using BoneCoachBot.Tests.Support;

namespace BoneCoachBot.Tests.Deployment;

public sealed class TeamsPackageTests : IDisposable
{
    private const string BotId = "3f2b8c1e-6a4d-4e59-9b1f-2c7d8e9a0b1c";
    private const string TeamsAppId = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d";
    private const string SiteHost = "bonecoach-test.azurewebsites.net";

    private readonly string _work = Directory.CreateTempSubdirectory("bonecoach-teams-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private static JsonObject SourceManifest => DeploymentFiles.Read(Path.Combine(DeploymentFiles.Teams, "manifest.json"));

    [Fact]
    public void The_package_holds_exactly_the_manifest_and_both_icons_with_the_ids_filled_in()
    {
        var zip = Package("--app-id", TeamsAppId);

        using var archive = ZipFile.OpenRead(zip);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], archive.Entries.Select(e => e.FullName).Order());
        var manifest = JsonNode.Parse(Text(archive, "manifest.json"))!;
        Assert.Equal(TeamsAppId, (string?)manifest["id"]);
        Assert.Equal(BotId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Contains(SiteHost, manifest["validDomains"]!.AsArray().Select(d => (string?)d));
        Assert.DoesNotContain("__", Text(archive, "manifest.json"));
        Assert.Equal(File.ReadAllBytes(Path.Combine(DeploymentFiles.Teams, "color.png")), Bytes(archive, "color.png"));
        Assert.Equal(File.ReadAllBytes(Path.Combine(DeploymentFiles.Teams, "outline.png")), Bytes(archive, "outline.png"));
    }

    [Fact]
    public void The_teams_app_id_defaults_to_the_bot_id()
    {
        using var archive = ZipFile.OpenRead(Package());

        Assert.Equal(BotId, (string?)JsonNode.Parse(Text(archive, "manifest.json"))!["id"]);
    }

    [Theory]
    [InlineData("--bot-id", "not-a-guid")]
    [InlineData("--website-url", "http://example.org")]
    [InlineData("--site-host", "bonecoach.azurewebsites.net/api")]
    public void The_package_script_refuses_a_bad_argument_and_writes_no_package(string option, string value)
    {
        var zip = Path.Combine(_work, "refused.zip");
        var arguments = Arguments(zip).ToList();
        arguments[arguments.IndexOf(option) + 1] = value;

        var (exitCode, _, error) = Run("bash", [Path.Combine(DeploymentFiles.Teams, "package.sh"), .. arguments]);

        Assert.Equal(2, exitCode);
        Assert.Contains(option, error);
        Assert.False(File.Exists(zip));
    }

    [Fact]
    public void The_packaged_manifest_validates_against_the_teams_schema_of_its_manifest_version()
    {
        using var archive = ZipFile.OpenRead(Package());
        var manifest = Path.Combine(_work, "manifest.json");
        File.WriteAllText(manifest, Text(archive, "manifest.json"));

        var (exitCode, output, error) = ValidateManifest(manifest);

        Assert.True(exitCode == 0, output + error);
    }

    [Fact]
    public void The_schema_check_rejects_a_manifest_with_a_bad_bot_id_and_no_developer()
    {
        using var archive = ZipFile.OpenRead(Package());
        var broken = JsonNode.Parse(Text(archive, "manifest.json"))!.AsObject();
        broken["bots"]![0]!["botId"] = "bonecoach";
        broken.Remove("developer");
        var manifest = Path.Combine(_work, "broken.json");
        File.WriteAllText(manifest, broken.ToJsonString());

        var (exitCode, output, _) = ValidateManifest(manifest);

        Assert.Equal(1, exitCode);
        Assert.Contains("/bots/0/botId", output);
        Assert.Contains("developer", output);
    }

    [Fact]
    public void The_manifest_declares_a_personal_bot_without_files_and_says_it_is_not_medical_advice()
    {
        var manifest = SourceManifest;
        var bot = Assert.Single(manifest["bots"]!.AsArray())!;

        Assert.Equal(["personal"], bot["scopes"]!.AsArray().Select(s => (string?)s));
        Assert.False((bool)bot["supportsFiles"]!);
        Assert.Contains("not medical advice", (string?)manifest["description"]!["short"], StringComparison.OrdinalIgnoreCase);
        Assert.Contains("educational", (string?)manifest["description"]!["full"], StringComparison.OrdinalIgnoreCase);
        Assert.Contains("not medical advice", (string?)manifest["description"]!["full"], StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Every_command_in_the_teams_menu_is_a_phrase_the_bot_understands()
    {
        var commands = SourceManifest["bots"]![0]!["commandLists"]![0]!["commands"]!.AsArray().Select(c => (string)c!["title"]!).ToList();
        var phrases = ScriptLoader.Load(RepositoryPaths.Dialogs).Dialogs["commands"].Commands
            .SelectMany(c => c.Phrases).ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.Equal(["help", "plan", "check in", "progress", "forget me"], commands);
        Assert.All(commands, title => Assert.Contains(title, phrases));
    }

    [Theory]
    [InlineData("color.png", 192)]
    [InlineData("outline.png", 32)]
    public void Icons_have_the_sizes_teams_requires(string file, int size)
    {
        var (width, height) = Png.ReadSize(File.ReadAllBytes(Path.Combine(DeploymentFiles.Teams, file)));

        Assert.Equal((size, size), (width, height));
    }

    [Fact]
    public void The_outline_icon_is_white_on_transparent()
    {
        var png = Png.Read(File.ReadAllBytes(Path.Combine(DeploymentFiles.Teams, "outline.png")));
        var pixels = Enumerable.Range(0, png.Height).SelectMany(y => Enumerable.Range(0, png.Width).Select(x => png.Pixel(x, y))).ToList();

        Assert.All(pixels.Where(p => p.A > 0), p => Assert.Equal((255, 255, 255), (p.R, p.G, p.B)));
        Assert.Contains(pixels, p => p.A == 0);
        Assert.Contains(pixels, p => p.A == 255);
    }

    private IEnumerable<string> Arguments(string zip) =>
        ["--bot-id", BotId, "--site-host", SiteHost, "--website-url", "https://example.org/bonecoach", "--out", zip];

    private string Package(params string[] extra)
    {
        var zip = Path.Combine(_work, "bonecoach-teams.zip");
        var (exitCode, output, error) = Run("bash", [Path.Combine(DeploymentFiles.Teams, "package.sh"), .. Arguments(zip), .. extra]);
        Assert.True(exitCode == 0, output + error);
        Assert.Equal(zip, output.Trim());
        return zip;
    }

    private static (int ExitCode, string Output, string Error) ValidateManifest(string manifest)
    {
        var version = (string)SourceManifest["manifestVersion"]!;
        var schema = Path.Combine(DeploymentFiles.TeamsSchemas, "v" + version, "MicrosoftTeams.schema.json");
        Assert.True(File.Exists(schema), $"{schema} is missing: run npm ci at the repository root (package.json lists @microsoft/app-manifest)");
        var script = Path.Combine(RepositoryPaths.Root, "tests", "BoneCoachBot.Tests", "Deployment", "validate-teams-manifest.js");
        return Run("node", [script, manifest, schema]);
    }

    private static (int ExitCode, string Output, string Error) Run(string program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish in 60 s");
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    private static string Text(ZipArchive archive, string name)
    {
        using var reader = new StreamReader(archive.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    private static byte[] Bytes(ZipArchive archive, string name)
    {
        using var stream = new MemoryStream();
        archive.GetEntry(name)!.Open().CopyTo(stream);
        return stream.ToArray();
    }
}
