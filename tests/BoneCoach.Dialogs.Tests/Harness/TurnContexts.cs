using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace BoneCoach.Dialogs.Tests.Harness;

/// <summary>A single turn context for tests that drive a DialogContext directly.</summary>
public static class TurnContexts
{
    public static ITurnContext Message(string text = "hi")
    {
        var adapter = new TestAdapter();
        return new TurnContext(adapter, adapter.MakeActivity(text));
    }
}
