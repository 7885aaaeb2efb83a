using BoneCoachBot.Language;

namespace BoneCoachBot.Hosting;

public static class LanguageRegistration
{
    /// <summary>Her language: from her record or her channel's locale every turn, and her words that change it.</summary>
    public static IServiceCollection AddLanguageChoice(this IServiceCollection services)
    {
        services.AddSingleton<TurnLanguage>();
        services.AddSingleton<QuestionAgain>();
        services.AddSingleton<LanguageSwitch>();
        return services;
    }
}
