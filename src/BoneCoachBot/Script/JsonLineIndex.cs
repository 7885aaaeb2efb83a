using System.Text.Json;

namespace BoneCoachBot.Script;

/// <summary>
/// Maps JSON Pointers ("/questions/3/answer/min") to 1-based line numbers, so a schema error can name the
/// line to fix; System.Text.Json's DOM keeps no positions.
/// </summary>
public sealed class JsonLineIndex
{
    private readonly Dictionary<string, long> _lines = new(StringComparer.Ordinal);

    public JsonLineIndex(byte[] utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var path = new Stack<Segment>();
        string? pendingName = null;
        long line = 1, scanned = 0;
        while (reader.Read())
        {
            // Tokens arrive in order, so count newlines only in the stretch since the last token.
            for (; scanned < reader.TokenStartIndex; scanned++)
            {
                line += utf8Json[scanned] == (byte)'\n' ? 1 : 0;
            }

            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    pendingName = reader.GetString();
                    continue;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    path.Pop();
                    continue;
            }

            var pointer = Record(path, pendingName, line);
            pendingName = null;
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                path.Push(new Segment(pointer, reader.TokenType == JsonTokenType.StartArray));
            }
        }
    }

    /// <summary>The line of the value at <paramref name="pointer"/>, or of its nearest ancestor that exists.</summary>
    public long LineOf(string pointer)
    {
        while (true)
        {
            if (_lines.TryGetValue(pointer, out var line))
            {
                return line;
            }

            var cut = pointer.LastIndexOf('/');
            if (cut <= 0)
            {
                return _lines.GetValueOrDefault(string.Empty, 1);
            }

            pointer = pointer[..cut];
        }
    }

    private string Record(Stack<Segment> path, string? name, long line)
    {
        string pointer;
        if (path.Count == 0)
        {
            pointer = string.Empty;
        }
        else
        {
            var parent = path.Peek();
            var key = parent.IsArray ? (parent.NextIndex++).ToString() : Escape(name ?? string.Empty);
            pointer = parent.Pointer + "/" + key;
        }

        _lines[pointer] = line;
        return pointer;
    }

    private static string Escape(string name) => name.Replace("~", "~0").Replace("/", "~1");

    private sealed class Segment(string pointer, bool isArray)
    {
        public string Pointer { get; } = pointer;

        public bool IsArray { get; } = isArray;

        public int NextIndex { get; set; }
    }
}
