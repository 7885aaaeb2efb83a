using BoneCoachBot.Coaching;
using BoneCoachBot.Commands;
using BoneCoachBot.Dialogs;

namespace BoneCoachBot.Hosting;

public static class CoachingRegistration
{
    /// <summary>The coaching conversation: state, the dialogs of dialogs/*.json, and the command handlers.</summary>
    public static IServiceCollection AddCoachingDialogs(this IServiceCollection services)
    {
        services.AddSingleton<CommandCatalog>();
        services.AddSingleton<CoachingState>();
        services.AddSingleton<CoachingServices>();

        services.AddSingleton<ConsentDialog>();
        services.AddSingleton<OnboardingDialog>();
        services.AddSingleton<LoadingDialog>();
        services.AddSingleton<HormonesDialog>();
        services.AddSingleton<DietDialog>();
        services.AddSingleton<InflammationDialog>();
        services.AddSingleton<SupplementsDialog>();
        services.AddSingleton<ForgetMeDialog>();
        services.AddSingleton<MainDialog>();

        services.AddCommandHandler<PlanCommand>();
        services.AddCommandHandler<SummaryCommand>();
        services.AddCommandHandler<WhatDoYouKnowCommand>();
        services.AddCommandHandler<ForgetMeCommand>();
        // Stand-ins until the weekly check-ins register their own handlers for these ids (see ICommandHandler).
        services.AddSingleton<ICommandHandler>(new CheckInFallbackCommand(CommandIds.CheckIn));
        services.AddSingleton<ICommandHandler>(new CheckInFallbackCommand(CommandIds.Progress));
        services.AddSingleton<CommandHandlers>();
        services.AddSingleton<State.ITurnGate, InputBudgetGate>();
        return services;
    }

    /// <summary>Adds a handler for a command of dialogs/commands.json; it replaces the conversation's fallback for that id.</summary>
    public static IServiceCollection AddCommandHandler<THandler>(this IServiceCollection services)
        where THandler : class, ICommandHandler
    {
        services.AddSingleton<ICommandHandler, THandler>();
        return services;
    }
}
