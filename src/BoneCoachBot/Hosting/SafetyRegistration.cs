using BoneCoachBot.Safety;
using BoneCoachBot.Script;

namespace BoneCoachBot.Hosting;

public static class SafetyRegistration
{
    /// <summary>The safety net that sees every message first: the triage classifier and helplines of dialogs/safety.json.</summary>
    public static IServiceCollection AddSafetyNet(this IServiceCollection services)
    {
        services.AddSingleton(sp => new TriagePatterns(Safety(sp).Triage!));
        services.AddSingleton<TriageClassifier>();
        services.AddSingleton(sp => new Helplines(sp.GetRequiredService<ConversationScript>()));
        services.AddSingleton<SafetyState>();
        services.AddSingleton<SafetyNet>();
        services.AddSingleton<ReportedConcerns>();
        services.AddSingleton<PastFractureMention>();
        return services;
    }

    private static DialogScript Safety(IServiceProvider services) => services.GetRequiredService<ConversationScript>()[ScriptParts.Safety];
}
