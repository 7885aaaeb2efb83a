using System.Runtime.CompilerServices;
using BoneCoach.Dialogs;
using BoneCoachBot.Dialogs;
using BoneCoachBot.Dialogs.Questions;
using BoneCoachBot.Hosting.WarmUp;
using BoneCoachBot.Safety;
using BoneCoachBot.Script;
using Microsoft.Extensions.Options;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.Number;

namespace BoneCoachBot.Hosting;

/// <summary>
/// Builds, before the bot listens, what the message path would otherwise build at her first message and what checks
/// its part of dialogs/ when built: the answers layer (every question has its fact in answers.json), the coaching
/// dialogs and the safety net. A gap then stops start-up with the script's own message instead of failing her first turn.
/// Then it warms what her first message would otherwise pay for (issue 18: a first turn under 300 ms): the recognizer
/// models, built on first use and then kept for the process, the triage patterns' matching states, and the answer
/// readers' patterns, then runs a throwaway conversation through the real turn path (<see cref="WarmUpTurns"/>).
/// </summary>
internal sealed partial class ConversationStartupCheck(IServiceProvider services, IOptions<StartupOptions> options, ILogger<ConversationStartupCheck> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            _ = services.GetRequiredService<QuestionTurn>();
            _ = services.GetRequiredService<MainDialog>();
            _ = services.GetRequiredService<SafetyNet>();
        }
        catch (ScriptException broken)
        {
            LogBroken(logger, broken.Message);
            throw;
        }

        if (options.Value.WarmUp)
        {
            WarmUp(services.GetRequiredService<TriageClassifier>());
            WarmUpReaderPatterns();
            await services.GetRequiredService<WarmUpTurns>().RunAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static void WarmUp(TriageClassifier triage)
    {
        foreach (var (culture, sample) in new[] { (Culture.English, "about 62, since March 2019, the second"), (Culture.Spanish, "unos 62, desde marzo de 2019, el segundo") })
        {
            _ = NumberRecognizer.RecognizeNumber(sample, culture);
            _ = NumberRecognizer.RecognizeOrdinal(sample, culture);
            _ = DateTimeRecognizer.RecognizeDateTime(sample, culture, DateTimeOptions.None, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Unspecified));
            _ = triage.Classify(sample);
        }
    }

    // The readers' patterns are the regex source generator's code: their holders and a first match of each kind are
    // made here, so their first use (and its JIT) is not in the first women's answers.
    private static void WarmUpReaderPatterns()
    {
        foreach (var assembly in new[] { typeof(MentionFinder).Assembly, typeof(ConversationStartupCheck).Assembly })
        {
            foreach (var type in assembly.GetTypes().Where(t => t.Namespace == "System.Text.RegularExpressions.Generated" && !t.ContainsGenericParameters))
            {
                RuntimeHelpers.RunClassConstructor(type.TypeHandle);
            }
        }

        // The mention finder's own tables (frequency words, number tokens) and a first match of each kind.
        foreach (var (culture, sample) in new[] { (Culture.English, "no I meant 62, about 3 times a week"), (Culture.Spanish, "no, quise decir 62, unas 3 veces por semana") })
        {
            _ = CorrectionReader.Read(sample, culture);
        }
    }

    [LoggerMessage(EventId = 2002, Level = LogLevel.Critical, Message = "The conversation script is incomplete, the bot will not start. {Problem}")]
    private static partial void LogBroken(ILogger logger, string problem);
}
