namespace BoneCoach.Dialogs;

/// <summary>
/// The last few results of a costly reading, kept on one thread: a turn reads one message for several questions (the
/// open one, corrections, facts for others), so the same text comes back within a turn. Callers only read the results.
/// </summary>
internal sealed class RecentResults<TKey, TResult>
    where TKey : IEquatable<TKey>
    where TResult : class
{
    // A message is read for a handful of questions in a turn; more entries would only hold on to old texts.
    private const int Size = 8;
    private readonly (TKey Key, TResult Result)?[] _entries = new (TKey, TResult)?[Size];
    private int _next;

    public TResult? Find(TKey key)
    {
        foreach (var entry in _entries)
        {
            if (entry is { } known && known.Key.Equals(key))
            {
                return known.Result;
            }
        }

        return null;
    }

    public void Add(TKey key, TResult result)
    {
        _entries[_next] = (key, result);
        _next = (_next + 1) % Size;
    }
}
