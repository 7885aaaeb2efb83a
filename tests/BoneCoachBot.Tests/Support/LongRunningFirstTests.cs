using BoneCoachBot.Tests.ChannelTests;
using BoneCoachBot.Tests.Conversation;
using BoneCoachBot.Tests.Hosting;
using BoneCoachBot.Tests.Reliability;
using BoneCoachBot.Tests.State;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace BoneCoachBot.Tests.Support;

public sealed class LongRunningFirstTests
{
    private static readonly ITestAssembly Assembly = new TestAssembly(Reflector.Wrap(typeof(LongRunningFirstTests).Assembly));

    [Fact]
    public void Long_running_classes_start_before_the_others_and_the_others_keep_xunits_order()
    {
        ITestCollection[] collections =
        [
            PerClass<ConsentTests>(), PerClass<KilledBotSuiteTests>(), PerClass<SafetyTests>(), PerClass<WebChatBrowserTests>(), Named<NamedCollection>(),
        ];

        var ordered = new LongRunningFirst().OrderTestCollections(collections).ToList();

        Assert.Equal([collections[1], collections[3]], ordered.Take(2).OrderBy(c => Array.IndexOf(collections, c)));
        var others = ordered.Skip(2).ToList();
        Assert.Equal(new DefaultTestCollectionOrderer().OrderTestCollections(others), others);
    }

    [Fact]
    public void The_longest_class_starts_before_the_other_long_running_ones_which_keep_xunits_order()
    {
        ITestCollection[] collections =
        [
            PerClass<ConsentTests>(), PerClass<WebChatBrowserTests>(), PerClass<RealProcessTests>(), PerClass<KilledProcessTests>(), PerClass<KilledBotSuiteTests>(),
        ];

        var ordered = new LongRunningFirst().OrderTestCollections(collections).ToList();

        Assert.Same(collections[4], ordered[0]);
        var rest = ordered.Skip(1).Take(3).ToList();
        Assert.Equal(collections[1..4].OrderBy(c => Array.IndexOf(collections, c)), rest.OrderBy(c => Array.IndexOf(collections, c)));
        Assert.Equal(new DefaultTestCollectionOrderer().OrderTestCollections(rest), rest);
        Assert.Same(collections[0], ordered[^1]);
    }

    // As xUnit makes a class's own collection (CollectionPerClassTestCollectionFactory).
    private static TestCollection PerClass<T>() => new(Assembly, null, "Test collection for " + typeof(T).FullName);

    private static TestCollection Named<T>() => new(Assembly, Reflector.Wrap(typeof(T)), typeof(T).Name);

    // Stands in for a [CollectionDefinition] class, as a collection fixture has: the assembly has none of its own now.
    private sealed class NamedCollection;
}
