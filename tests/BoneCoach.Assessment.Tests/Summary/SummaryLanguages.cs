using System.Text.Json;

namespace BoneCoach.Assessment.Tests;

// The summary's wording as the bot ships it (dialogs/summary.json and its Spanish overlay), read from the test's bin copy.
internal static class SummaryLanguages
{
    public static SummaryWording English { get; } = new(Texts("summary.json"));

    public static SummaryWording Spanish { get; } = new(Texts(Path.Combine("es", "summary.json")));

    public static IReadOnlyDictionary<string, string> Texts(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "dialogs", file)));
        return document.RootElement.GetProperty("texts").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
    }
}
