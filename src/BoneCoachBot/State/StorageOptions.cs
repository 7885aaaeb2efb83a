using System.ComponentModel.DataAnnotations;

namespace BoneCoachBot.State;

/// <summary>Where bot state lives: <c>BoneCoach:Storage</c>.</summary>
public sealed class StorageOptions
{
    public const string Section = "BoneCoach:Storage";

    /// <summary>File keeps users across restarts with no setup; Memory is for tests.</summary>
    [Required]
    public StorageProvider Provider { get; set; } = StorageProvider.File;

    /// <summary>Folder for the File provider, relative to the content root unless absolute.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Directory { get; set; } = "./data";
}

public enum StorageProvider
{
    File,
    Memory,
}
