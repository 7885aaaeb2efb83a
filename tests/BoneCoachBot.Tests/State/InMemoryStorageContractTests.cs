using BoneCoachBot.State;
using Microsoft.Bot.Builder;

namespace BoneCoachBot.Tests.State;

public sealed class InMemoryStorageContractTests : StorageContract
{
    protected override IStorage CreateStorage() => new InMemoryStorage();
}
