using BoneCoachBot.Script;
using Microsoft.Extensions.Options;

namespace BoneCoachBot.Hosting;

public static class ScriptRegistration
{
    /// <summary>The conversation script from dialogs/, loaded once; a broken file stops start-up naming the file and line.</summary>
    public static IServiceCollection AddConversationScript(this IServiceCollection services)
    {
        services.AddOptions<ScriptOptions>()
            .BindConfiguration(ScriptOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(sp => ScriptLoader.Load(sp.GetRequiredService<IOptions<ScriptOptions>>().Value.FullPath));
        services.AddHostedService<ScriptStartupCheck>();
        return services;
    }
}
