using System.Buffers;
using Newtonsoft.Json;

namespace BoneCoachBot.State;

/// <summary>
/// Newtonsoft's reader and writer buffers from the shared pool. Without one, a reader grows a new buffer for every
/// long string it meets (a turn log's replies are JSON text of tens of KB): a third of what parsing a stored item
/// allocated under the benchmark.
/// </summary>
public sealed class JsonCharPool : IArrayPool<char>
{
    public static JsonCharPool Shared { get; } = new();

    private JsonCharPool()
    {
    }

    public char[] Rent(int minimumLength) => ArrayPool<char>.Shared.Rent(minimumLength);

    public void Return(char[]? array)
    {
        if (array is not null)
        {
            ArrayPool<char>.Shared.Return(array);
        }
    }
}
