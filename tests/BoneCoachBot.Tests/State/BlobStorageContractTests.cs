using BoneCoachBot.State;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace BoneCoachBot.Tests.State;

public sealed class BlobStorageContractTests(AzuriteFixture azurite) : StorageContract, IClassFixture<AzuriteFixture>
{
    private readonly string _container = azurite.NewContainerName();

    protected override IStorage CreateStorage() => new BlobStorage(azurite.Container(_container));

    [Fact]
    public async Task The_container_is_created_on_first_use_and_a_blob_is_plain_json()
    {
        await CreateStorage().WriteAsync(new Dictionary<string, object>
        {
            ["msteams/users/29:abc"] = new ProfileItem { WeightKg = 63.5 },
        });

        var container = azurite.Container(_container);
        var blob = Assert.Single(container.GetBlobs());
        var json = JObject.Parse((await container.GetBlobClient(blob.Name).DownloadContentAsync()).Value.Content.ToString());

        Assert.Equal(Uri.EscapeDataString("msteams/users/29:abc") + ".json", blob.Name);
        Assert.Equal(StoredDocument.CurrentSchemaVersion, json["schemaVersion"]!.Value<int>());
        Assert.DoesNotContain("$type", json.ToString());
    }
}
