using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Azure.Storage.Blobs;
using BoneCoachBot.State;

namespace BoneCoachBot.Tests.State;

/// <summary>
/// The Azurite blob endpoint for a class of Blob tests (a class fixture): the one ./test.sh started
/// (BONECOACH_TEST_BLOB_CONNECTION_STRING), or one started here for the class from the repository's node_modules so
/// `dotnet test` alone works. Never skips: no Azurite, no pass. Not a collection fixture: a collection runs its classes
/// one after another, and the five Blob classes, each in containers of its own, then ended the run on one core.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public const string ConnectionStringVariable = "BONECOACH_TEST_BLOB_CONNECTION_STRING";

    // Azurite's published development account (not a secret: the same for every Azurite).
    private const string DevAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private Process? _azurite;
    private string? _location;

    public string ConnectionString { get; private set; } = string.Empty;

    /// <summary>A container no other test uses.</summary>
    public string NewContainerName() => "test-" + Guid.NewGuid().ToString("N")[..20];

    /// <summary>A client as the bot builds one (same pinned service version), for tests that look at blobs directly.</summary>
    public BlobContainerClient Container(string name) =>
        BlobContainerFactory.Create(new StorageOptions { Provider = StorageProvider.Blob, ConnectionString = ConnectionString, ContainerName = name });

    public async Task InitializeAsync()
    {
        var given = Environment.GetEnvironmentVariable(ConnectionStringVariable);
        ConnectionString = string.IsNullOrWhiteSpace(given) ? await StartAzuriteAsync() : given;
        // Fail here, once, with a clear message, rather than in every test.
        await Container("fixture-check").CreateIfNotExistsAsync();
    }

    public async Task DisposeAsync()
    {
        if (_azurite is { HasExited: false })
        {
            _azurite.Kill(entireProcessTree: true);
            await _azurite.WaitForExitAsync();
        }

        _azurite?.Dispose();
        if (_location is not null)
        {
            Directory.Delete(_location, recursive: true);
        }
    }

    private async Task<string> StartAzuriteAsync()
    {
        var executable = Path.Combine(RepositoryRoot(), "node_modules", ".bin", "azurite-blob");
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException(
                $"Blob tests need Azurite: run `npm install` at the repository root, or set {ConnectionStringVariable}.");
        }

        var port = FreePort();
        _location = Directory.CreateTempSubdirectory("bonecoach-azurite-").FullName;
        var start = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "--blobHost", "127.0.0.1", "--blobPort", port.ToString(), "--location", _location, "--silent", "--disableTelemetry" })
        {
            start.ArgumentList.Add(argument);
        }

        _azurite = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        _azurite.BeginOutputReadLine();
        _azurite.BeginErrorReadLine();
        await WaitUntilListeningAsync(port);
        return $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevAccountKey};BlobEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";
    }

    // Readiness, not timing: the port accepting a connection is the signal; the deadline only bounds a broken start.
    private async Task WaitUntilListeningAsync(int port)
    {
        var started = Stopwatch.StartNew();
        while (true)
        {
            if (_azurite!.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited with code {_azurite.ExitCode} before listening.");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (started.Elapsed < StartTimeout)
            {
                await Task.Delay(50);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "BoneCoachBot.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("BoneCoachBot.sln not found above " + AppContext.BaseDirectory);
    }
}
