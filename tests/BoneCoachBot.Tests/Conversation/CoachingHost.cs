using BoneCoachBot.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace BoneCoachBot.Tests.Conversation;

/// <summary>
/// The real host in-process (memory storage unless told otherwise) with a clock the test moves (<see cref="BotHost"/>).
/// A class whose tests neither move the clock nor change settings shares one as its class fixture: each test chats as
/// her own woman (EmulatorClient's ids), and a host's start (about 70 ms of CPU with the JIT warm) cost more than most
/// of those tests' turns; about 250 hosts a run.
/// </summary>
public sealed class CoachingHost : BotHost
{
    public CoachingHost() => UseClock(Clock);

    /// <summary>The one fake clock of the test hosts (as in <see cref="CheckIns.CheckInHost"/>): it moves only when a test moves it.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.Zero));

    public CoachingHost WithFileStorage(string directory)
    {
        Set("BoneCoach:Storage:Provider", "File");
        Set("BoneCoach:Storage:Directory", directory);
        return this;
    }

    public CoachingHost WithSetting(string key, string value)
    {
        Set(key, value);
        return this;
    }

    public CoachingHost WithClock(DateTimeOffset now)
    {
        Clock.SetUtcNow(now);
        return this;
    }
}
