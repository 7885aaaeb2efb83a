using System.Text.RegularExpressions;
using BoneCoach.Assessment;

namespace BoneCoachBot.Wording;

/// <summary>
/// A sentence from dialogs/ with named figures: "{proteinGramsPerDay}" is written with its unit ("72 g"),
/// "{proteinGramsPerDay:number}" without ("72"), for ranges such as "7 to 9 hours".
/// </summary>
public static partial class Template
{
    public const string NumberOnly = "number";

    /// <summary>Each placeholder's figure name as written (camelCase) and whether it asks for the bare number.</summary>
    public static IEnumerable<(string Name, string? Format)> Placeholders(string template) =>
        PlaceholderPattern().Matches(template).Select(m => (m.Groups["name"].Value, m.Groups["format"].Success ? m.Groups["format"].Value : null));

    /// <summary>The sentence with her numbers, or null when a figure it names is not among <paramref name="figures"/>.</summary>
    public static string? Fill(string template, IReadOnlyList<Figure> figures)
    {
        var complete = true;
        var filled = PlaceholderPattern().Replace(template, match =>
        {
            var figure = Find(figures, match.Groups["name"].Value);
            if (figure is null)
            {
                complete = false;
                return match.Value;
            }

            return match.Groups["format"].Success
                ? FigureFormat.Number(figure.Name, figure.Value)
                : FigureFormat.WithUnit(figure.Name, figure.Value);
        });
        return complete ? filled : null;
    }

    /// <summary>The core's figure for a camelCase placeholder name, or null when the core has no such figure.</summary>
    public static FigureName? FigureNamed(string camelName) =>
        camelName.Length > 0 && char.IsLower(camelName[0]) && Enum.TryParse<FigureName>(Pascal(camelName), out var name)
            && Enum.IsDefined(name)
            ? name
            : null;

    private static Figure? Find(IReadOnlyList<Figure> figures, string camelName) =>
        FigureNamed(camelName) is { } name ? figures.FirstOrDefault(f => f.Name == name) : null;

    private static string Pascal(string camel) => camel.Length == 0 ? camel : char.ToUpperInvariant(camel[0]) + camel[1..];

    [GeneratedRegex(@"\{(?<name>[A-Za-z][A-Za-z0-9]*)(:(?<format>[a-z]+))?\}")]
    private static partial Regex PlaceholderPattern();
}
