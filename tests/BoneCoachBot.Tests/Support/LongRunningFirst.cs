using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestCollectionOrderer("BoneCoachBot.Tests.Support.LongRunningFirst", "BoneCoachBot.Tests")]

namespace BoneCoachBot.Tests.Support;

/// <summary>
/// Starts the test collections of <see cref="LongRunningAttribute"/> classes first, the longest of them before the
/// rest, then the others, each group in xUnit's own order. With the longest class last (as xUnit's hash order once put
/// the killed-bot suite), the run ends with one test on one core.
/// </summary>
public sealed class LongRunningFirst : ITestCollectionOrderer
{
    // xUnit names a class's own collection after the class (see xunit's CollectionPerClassTestCollectionFactory).
    private const string PerClassPrefix = "Test collection for ";

    private static readonly Assembly Tests = typeof(LongRunningFirst).Assembly;

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        new DefaultTestCollectionOrderer().OrderTestCollections(testCollections).OrderBy(StartRank);

    // OrderBy is stable: within a rank, xUnit's order stays.
    private static int StartRank(ITestCollection collection)
    {
        var type = collection.CollectionDefinition is { } definition
            ? Tests.GetType(definition.Name)
            : collection.DisplayName.StartsWith(PerClassPrefix, StringComparison.Ordinal) ? Tests.GetType(collection.DisplayName[PerClassPrefix.Length..]) : null;
        return type?.GetCustomAttribute<LongRunningAttribute>() switch
        {
            { Longest: true } => 0,
            not null => 1,
            null => 2,
        };
    }
}
