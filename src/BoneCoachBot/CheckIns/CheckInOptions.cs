using System.ComponentModel.DataAnnotations;

namespace BoneCoachBot.CheckIns;

/// <summary>Weekly check-ins and their reminders, bound from <c>BoneCoach:CheckIns</c> and checked at start-up.</summary>
public sealed class CheckInOptions : IValidatableObject
{
    public const string Section = "BoneCoach:CheckIns";

    /// <summary>How often the reminder service looks for due reminders; a reminder goes out at most this late.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Registrations read per storage call while looking for due reminders.</summary>
    [Range(1, 500)]
    public int ReadBatchSize { get; set; } = 50;

    /// <summary>The local time of day the bot proposes for her weekly reminder, "HH:mm".</summary>
    [Required]
    public string DefaultReminderTime { get; set; } = "09:00";

    /// <summary>IANA zone used when the channel sends neither localTimezone nor localTimestamp.</summary>
    [Required]
    public string DefaultTimeZone { get; set; } = "UTC";

    /// <summary>Turns the reminder service off (the /api/notify trigger in Development still works).</summary>
    public bool RemindersEnabled { get; set; } = true;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PollInterval < TimeSpan.FromSeconds(1) || PollInterval > TimeSpan.FromDays(1))
        {
            yield return new ValidationResult($"{Section}:PollInterval must be between 00:00:01 and 1.00:00:00.", [nameof(PollInterval)]);
        }

        if (!TimeOnly.TryParseExact(DefaultReminderTime, "HH:mm", out _))
        {
            yield return new ValidationResult($"{Section}:DefaultReminderTime must be a time like 09:00.", [nameof(DefaultReminderTime)]);
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(DefaultTimeZone, out _))
        {
            yield return new ValidationResult($"{Section}:DefaultTimeZone '{DefaultTimeZone}' is not a known IANA time zone.", [nameof(DefaultTimeZone)]);
        }
    }
}
