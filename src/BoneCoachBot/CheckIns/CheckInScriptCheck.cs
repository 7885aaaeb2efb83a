using BoneCoachBot.CheckIns.Progress;
using BoneCoachBot.Script;

namespace BoneCoachBot.CheckIns;

/// <summary>
/// Start-up check that dialogs/checkin.json holds the texts named after the core's metrics and trends, so a missing
/// wording stops the bot naming the file and key instead of failing in her chat a week later. The fixed texts are
/// <see cref="CheckInTextKeys"/>, checked with every other key by <see cref="ScriptKeysCheck"/>.
/// </summary>
public sealed class CheckInScriptCheck(CheckInTexts texts) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        EnsureComplete(texts);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static void EnsureComplete(CheckInTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        Check(texts.CheckIn, ProgressTextKeys.Required());
    }

    private static void Check(DialogScript script, IEnumerable<string> keys)
    {
        var missing = keys.Where(key => !script.Texts.ContainsKey(key)).ToList();
        if (missing.Count > 0)
        {
            throw new ScriptException($"dialogs/{script.Dialog}.json", null, $"texts are missing: {string.Join(", ", missing)}.");
        }
    }
}
