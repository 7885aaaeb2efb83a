using BoneCoachBot.Wording;
using BoneCoachBot.Script;
using Microsoft.Extensions.Options;

namespace BoneCoachBot.Hosting;

public static class CardsRegistration
{
    /// <summary>
    /// What the coach says about results (<see cref="ICoachingMessages"/>), worded from dialogs/feedback.json and
    /// dialogs/plan.json, the clinician summary from dialogs/summary.json; a code without wording stops start-up naming the file.
    /// </summary>
    public static IServiceCollection AddCoachingMessages(this IServiceCollection services)
    {
        services.AddSingleton(sp => CoachingWording.From(
            sp.GetRequiredService<ConversationScript>(), sp.GetRequiredService<IOptions<ScriptOptions>>().Value.FullPath));
        services.AddSingleton(sp => ClinicianSummaryWording.From(
            sp.GetRequiredService<ConversationScript>(), sp.GetRequiredService<IOptions<ScriptOptions>>().Value.FullPath));
        services.AddSingleton<ICoachingMessages, CoachingMessages>();
        services.AddHostedService<CoachingWordingStartupCheck>();
        return services;
    }
}
