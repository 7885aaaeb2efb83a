using BoneCoachBot.Script;
using Microsoft.Extensions.Options;

namespace BoneCoachBot.Hosting;

public static class ScriptRegistration
{
    /// <summary>The conversation script from dialogs/, loaded once; a broken file or a key the code reads and the file lacks stops start-up.</summary>
    public static IServiceCollection AddConversationScript(this IServiceCollection services)
    {
        services.AddOptions<ScriptOptions>()
            .BindConfiguration(ScriptOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(sp => LoadedScripts.Load(sp.GetRequiredService<IOptions<ScriptOptions>>().Value.FullPath));
        services.AddHostedService<ScriptStartupCheck>();
        return services;
    }
}
