namespace BoneCoachBot.State;

/// <summary>Where bot state lives and how turns retry: <c>BoneCoach:Storage</c>. Checked at start-up by <see cref="StorageOptionsValidator"/>.</summary>
public sealed class StorageOptions
{
    public const string Section = "BoneCoach:Storage";

    /// <summary>File keeps users across restarts with no setup; Blob is for Azure; Memory is for tests.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.File;

    /// <summary>File: folder for the state files, relative to the content root unless absolute.</summary>
    public string Directory { get; set; } = "./data";

    /// <summary>Blob: a full connection string; <c>UseDevelopmentStorage=true</c> reaches a local Azurite.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Blob: <c>https://ACCOUNT.blob.core.windows.net</c>, signed in with DefaultAzureCredential (managed identity on Azure).</summary>
    public string? AccountUrl { get; set; }

    /// <summary>Blob with <see cref="AccountUrl"/>: the client id of a user-assigned managed identity; empty for system-assigned.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Blob: the container, created on first use.</summary>
    public string ContainerName { get; set; } = "bot-state";

    /// <summary>Blob: retries of one request by the Azure SDK (exponential back-off) on throttling and transient faults.</summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>Blob: how long one request may take before the Azure SDK gives up on it and retries. A state item is
    /// a few KB: seconds are plenty, and a hung account then fails the turn kindly instead of holding it for minutes.</summary>
    public int NetworkTimeoutSeconds { get; set; } = 3;

    /// <summary>How long loading or saving a turn's state may take, retries included, before the turn ends with the
    /// apology: issue 16 asks for a kind reply within 10 s when storage hangs.</summary>
    public int StorageTimeoutSeconds { get; set; } = 6;

    /// <summary>How often a turn runs when its state keeps changing under it (ETag conflicts) before it gives up.</summary>
    public int MaxTurnAttempts { get; set; } = 10;
}

public enum StorageProvider
{
    File,
    Blob,
    Memory,
}
