using Newtonsoft.Json.Linq;

namespace BoneCoachBot.State;

/// <summary>What a turn attempt starts from for one key: the content it reads and the ETag its save must match.</summary>
/// <param name="Document">The item's content without its ETag; null when there is no item.</param>
/// <param name="ETag">The stored item's ETag; null when nothing is stored (the save then creates it).</param>
public sealed record StateBaseline(JObject? Document, string? ETag)
{
    public static StateBaseline Missing { get; } = new(null, null);

    /// <summary>The baseline of an item as a storage read returned it; the item becomes the baseline's document.</summary>
    public static StateBaseline From(object? stored)
    {
        if (stored is not JObject json)
        {
            return Missing;
        }

        var eTag = ItemETag.Of(json);
        return new StateBaseline(StoredDocument.WithoutETag(json), eTag);
    }
}
