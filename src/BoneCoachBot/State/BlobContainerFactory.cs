using Azure.Core;
using Azure.Identity;
using Azure.Storage.Blobs;

namespace BoneCoachBot.State;

/// <summary>The state container from settings: a connection string, or an account URL signed in with managed identity.</summary>
public static class BlobContainerFactory
{
    public static BlobContainerClient Create(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clientOptions = ClientOptions(options);
        var service = string.IsNullOrWhiteSpace(options.ConnectionString)
            ? new BlobServiceClient(new Uri(options.AccountUrl!), Credential(options), clientOptions)
            : new BlobServiceClient(options.ConnectionString, clientOptions);
        return service.GetBlobContainerClient(options.ContainerName);
    }

    // Retries and time-outs belong to the SDK's pipeline, which knows which failures are transient (429, 5xx, resets).
    private static BlobClientOptions ClientOptions(StorageOptions options)
    {
        // Pinned: SDK 12.30.1 defaults to 2026-10-06, which Azurite 3.37.0 refuses without --skipApiVersionCheck;
        // Azure itself serves every released version, so local and cloud speak the same one.
        var clientOptions = new BlobClientOptions(BlobClientOptions.ServiceVersion.V2026_06_06);
        clientOptions.Retry.Mode = RetryMode.Exponential;
        clientOptions.Retry.MaxRetries = options.MaxRetries;
        clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(200);
        clientOptions.Retry.MaxDelay = TimeSpan.FromSeconds(5);
        clientOptions.Retry.NetworkTimeout = TimeSpan.FromSeconds(options.NetworkTimeoutSeconds);
        return clientOptions;
    }

    // DefaultAzureCredential: managed identity on App Service, the developer's az/VS sign-in locally.
    private static DefaultAzureCredential Credential(StorageOptions options) =>
        new(new DefaultAzureCredentialOptions
        {
            ManagedIdentityClientId = string.IsNullOrWhiteSpace(options.ManagedIdentityClientId) ? null : options.ManagedIdentityClientId,
        });
}
