using BoneCoachBot.CheckIns;
using BoneCoachBot.CheckIns.Commands;
using BoneCoachBot.CheckIns.Progress;
using BoneCoachBot.CheckIns.Reminders;
using BoneCoachBot.CheckIns.Settings;
using BoneCoachBot.Dialogs;
using BoneCoachBot.State;

namespace BoneCoachBot.Hosting;

public static class CheckInRegistration
{
    /// <summary>
    /// Weekly check-ins: the dialog, progress text and chart, reminder settings, the reminder service and its
    /// forget-me hook, and the commands "check in", "progress" and the reminder phrases; options from
    /// <c>BoneCoach:CheckIns</c>.
    /// </summary>
    public static IServiceCollection AddCheckIns(this IServiceCollection services)
    {
        services.AddOptions<CheckInOptions>()
            .BindConfiguration(CheckInOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddSingleton<CheckInTexts>();
        services.AddHostedService<CheckInScriptCheck>();
        services.AddSingleton<CheckInState>();
        services.AddSingleton<ProgressSummary>();
        services.AddSingleton<ProgressMessage>();
        services.AddSingleton<CheckInDialog>();
        services.AddSingleton<ReminderStore>();
        services.AddSingleton<ReminderSettings>();
        services.AddSingleton<ReminderTurn>();
        services.AddSingleton<ReminderDispatcher>();
        services.AddSingleton<ReminderPolls>();
        services.AddCommandHandler<CheckInCommand>();
        services.AddCommandHandler<ProgressCommand>();
        services.AddCommandHandler<ReminderPhrasesCommand>();
        services.AddSingleton<IForgetMeHook, ReminderForgetMeHook>();
        services.AddHostedService<ReminderService>();
        return services;
    }

    /// <summary>
    /// Development only: <c>POST /api/notify</c> sends due reminders now (<c>?force=true</c>: every active one), so a
    /// developer can see a reminder in the Emulator without waiting a week. Not mapped in any other environment.
    /// </summary>
    public static IEndpointRouteBuilder MapReminderTrigger(this WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            app.MapPost("/api/notify", async (bool? force, ReminderDispatcher dispatcher, CancellationToken cancellationToken) =>
                Results.Json(new { sent = await dispatcher.SendDueAsync(force ?? false, cancellationToken) }));
        }

        return app;
    }
}
