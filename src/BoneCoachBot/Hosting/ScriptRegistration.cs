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
        services.AddSingleton(sp =>
        {
            var script = ScriptLoader.Load(sp.GetRequiredService<IOptions<ScriptOptions>>().Value.FullPath);
            // Every key the code reads from dialogs/ (texts, questions, commands, choices) must be there.
            ScriptKeysCheck.Check(script);
            return script;
        });
        services.AddHostedService<ScriptStartupCheck>();
        return services;
    }
}
