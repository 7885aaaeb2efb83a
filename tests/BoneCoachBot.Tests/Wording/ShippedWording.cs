using BoneCoachBot.Wording;
using BoneCoachBot.Script;
using BoneCoachBot.Tests.Support;

namespace BoneCoachBot.Tests.Wording;

/// <summary>The real dialogs/ wording, loaded once for the tests that render with it.</summary>
internal static class ShippedWording
{
    private static readonly Lazy<ConversationScript> LazyScript = new(() => ScriptLoader.Load(RepositoryPaths.Dialogs));

    public static ConversationScript Script => LazyScript.Value;

    public static CoachingWording Wording { get; } = CoachingWording.From(Script, RepositoryPaths.Dialogs);

    public static ClinicianSummaryWording Summary { get; } = ClinicianSummaryWording.From(Script, RepositoryPaths.Dialogs);

    public static CoachingMessages Messages { get; } = new(Wording, Summary);
}
