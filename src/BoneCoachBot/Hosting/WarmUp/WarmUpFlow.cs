namespace BoneCoachBot.Hosting.WarmUp;

/// <summary>Whether the code running now is start-up's warm-up conversation (an async-flow flag, so real turns never see it).</summary>
public static class WarmUpFlow
{
    private static readonly AsyncLocal<bool> Running = new();

    public static bool IsRunning => Running.Value;

    /// <summary>Marks this async flow, and what it awaits, as the warm-up until disposed.</summary>
    public static IDisposable Begin()
    {
        Running.Value = true;
        return new End();
    }

    private sealed class End : IDisposable
    {
        public void Dispose() => Running.Value = false;
    }
}
