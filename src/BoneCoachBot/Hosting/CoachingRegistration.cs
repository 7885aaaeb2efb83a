using BoneCoachBot.Coaching;
using BoneCoachBot.Commands;
using BoneCoachBot.Dialogs;
using BoneCoachBot.Dialogs.Questions;
using BoneCoachBot.Hosting.WarmUp;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BoneCoachBot.Hosting;

public static class CoachingRegistration
{
    /// <summary>The coaching conversation: state, the dialogs of dialogs/*.json, and the conversation's own commands.</summary>
    public static IServiceCollection AddCoachingDialogs(this IServiceCollection services)
    {
        services.AddSingleton<CommandCatalog>();
        services.AddSingleton<CoachingState>();
        // Asking the script's questions, and her words around them (the answers layer of dialogs/answers.json).
        services.AddSingleton<AnswerGuide>();
        services.AddSingleton<RetryWording>();
        services.AddSingleton<AnswerChecks>();
        services.AddSingleton<AnswerReading>();
        services.AddSingleton<RedFlagWatch>();
        services.AddSingleton<QuestionAsking>();
        services.AddSingleton<QuestionTurn>();

        services.AddSingleton<ConsentDialog>();
        services.AddSingleton<OnboardingDialog>();
        services.AddSingleton<LoadingDialog>();
        services.AddSingleton<HormonesDialog>();
        services.AddSingleton<DietDialog>();
        services.AddSingleton<InflammationDialog>();
        services.AddSingleton<SupplementsDialog>();
        services.AddSingleton<PlanDialog>();
        services.AddSingleton<PartDialogs>();
        services.AddSingleton<ChangeAnswersDialog>();
        services.AddSingleton<ForgetMeDialog>();
        services.AddSingleton<RestartDialog>();
        services.AddSingleton<MainDialog>();

        services.AddCommandHandler<HelpCommand>();
        services.AddCommandHandler<ThanksCommand>();
        services.AddCommandHandler<WhyCommand>();
        services.AddCommandHandler<RepeatCommand>();
        services.AddCommandHandler<BackCommand>();
        services.AddCommandHandler<KeepCommand>();
        services.AddCommandHandler<SkipCommand>();
        services.AddCommandHandler<CancelCommand>();
        services.AddCommandHandler<RestartCommand>();
        services.AddCommandHandler<ResumeCommand>();
        services.AddCommandHandler<PlanCommand>();
        services.AddCommandHandler<SummaryCommand>();
        services.AddCommandHandler<WhatDoYouKnowCommand>();
        services.AddCommandHandler<ForgetMeCommand>();
        services.AddSingleton<PlanChangeNotice>();
        services.AddSingleton<DeepenDialog>();
        services.AddSingleton<FineTuneDialog>();
        services.AddCommandHandler<FineTuneCommand>();
        services.AddCommandHandler<ChangeAnswersCommand>();
        services.AddSingleton<WelcomeBack>();
        services.AddSingleton<CommandLayer>();
        // A command of dialogs/commands.json without its one handler stops start-up, not her chat.
        services.AddHostedService<CommandStartupCheck>();
        // The same for the answers layer and the dialogs, which check their parts of the script when built.
        services.AddOptions<StartupOptions>().BindConfiguration(StartupOptions.Section).ValidateOnStart();
        services.AddTransient<WarmUpTurns>();
        services.Replace(ServiceDescriptor.Singleton(typeof(ILogger<>), typeof(QuietDuringWarmUpLogger<>)));
        services.AddHostedService<ConversationStartupCheck>();
        services.AddSingleton<State.ITurnGate, InputBudgetGate>();
        return services;
    }

    /// <summary>Adds a handler for her words about the conversation (see <see cref="ICommandHandler"/>).</summary>
    public static IServiceCollection AddCommandHandler<THandler>(this IServiceCollection services)
        where THandler : class, ICommandHandler
    {
        services.AddSingleton<THandler>();
        services.AddSingleton<ICommandHandler>(sp => sp.GetRequiredService<THandler>());
        return services;
    }
}
