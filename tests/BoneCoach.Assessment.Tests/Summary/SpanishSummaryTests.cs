using System.Globalization;
using System.Text.RegularExpressions;
using CsCheck;

namespace BoneCoach.Assessment.Tests;

public sealed partial class SpanishSummaryTests
{
    private static readonly DateOnly PreparedOn = new(2026, 3, 12);

    private static readonly string[] SpanishMonths =
        ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];

    // Words spelled the same in both languages (and a unit).
    private static readonly HashSet<string> Shared = new(StringComparer.OrdinalIgnoreCase)
    {
        "alcohol", "denosumab", "diabetes", "genital", "min", "nmol", "normal", "omega", "osteoporosis", "prediabetes", "vertebral",
    };

    // Every piece of the English wording between its placeholders with an English word in it: a Spanish summary must
    // contain none of them. Abbreviations and units both languages write the same way (FRAX, HbA1c, kg) are not words.
    // Each as a whole-word pattern, built once: built per line (Regex's cache holds 15) they took most of this class's time.
    private static readonly (string Piece, Regex Pattern)[] EnglishPieces = PiecesOf(SummaryLanguages.Texts("summary.json"))
        .Where(piece => Word().Matches(piece).Any(word => !Shared.Contains(word.Value)))
        .Distinct(StringComparer.Ordinal)
        .Select(piece => (piece, new Regex($@"(?<![\p{{L}}]){Regex.Escape(piece)}(?![\p{{L}}])")))
        .ToArray();

    private static (string English, string Spanish) Both(Profile profile, LayerAnswers answers, ProgressReport? progress = null, IReadOnlyList<ReportedConcern>? reported = null)
    {
        var result = BoneAssessment.Assess(profile, answers);
        return (ClinicianSummary.Render(profile, answers, result, PreparedOn, SummaryLanguages.English, progress, reported),
            ClinicianSummary.Render(profile, answers, result, PreparedOn, SummaryLanguages.Spanish, progress, reported));
    }

    [Fact]
    public void The_english_summary_is_unchanged_word_for_word()
    {
        var (profile, answers, progress, reported) = GoldenInputs.Rich();
        var golden = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Summary", "english-summary.golden.md"));

        Assert.Equal(golden.ReplaceLineEndings("\n"), Both(profile, answers, progress, reported).English.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_spanish_summary_carries_no_english_wording()
    {
        var (profile, answers, progress, reported) = GoldenInputs.Rich();
        AssertNoEnglish(Both(profile, answers, progress, reported).Spanish);
        Generators.Case.Sample((profile, answers) => AssertNoEnglish(Both(profile, answers).Spanish), iter: 100);
    }

    [Fact]
    public void A_spanish_summary_prints_the_same_values_line_for_line_as_the_english_one()
    {
        var (profile, answers, progress, reported) = GoldenInputs.Rich();
        AssertSameValues(Both(profile, answers, progress, reported));
        Generators.Case.Sample((profile, answers) => AssertSameValues(Both(profile, answers)), iter: 100);
    }

    [Fact]
    public void Spanish_numbers_units_and_dates_are_written_the_spanish_way()
    {
        var (profile, answers, progress, _) = GoldenInputs.Rich();
        ReportedConcern[] reported =
        [
            new(new DateOnly(2026, 3, 2), Urgency.Clinician, "control semanal", Code: RedFlagCode.NewFallReported),
            new(new DateOnly(2026, 1, 9), Urgency.Emergency, "dicho en el chat", What: "dolor en el pecho"),
        ];

        var spanish = Both(profile, answers, progress, reported).Spanish;

        Assert.StartsWith("# Resumen de salud ósea para su médico", spanish, StringComparison.Ordinal);
        Assert.Contains("Elaborado el 12 de marzo de 2026", spanish, StringComparison.Ordinal);
        Assert.Contains("- Peso: 58,5 kg; talla: 161 cm; IMC: 22,5", spanish, StringComparison.Ordinal);
        Assert.Contains("- Glucocorticoides orales (equivalente de prednisolona): 7,5 mg/día; duración: 5 meses", spanish, StringComparison.Ordinal);
        Assert.Contains("- Puntuación T conocida: -2,7; FRAX de la calculadora oficial: cadera 3,4 %", spanish, StringComparison.Ordinal);
        Assert.Contains("- Vitamina D (25-OH): 17,5 ng/mL", spanish, StringComparison.Ordinal);
        Assert.Contains("- Suplemento de vitamina D: 1000 UI/día", spanish, StringComparison.Ordinal);
        Assert.Contains("- Fractura por fragilidad (caída desde su propia altura o menos) después de los 50 años", spanish, StringComparison.Ordinal);
        Assert.Contains("- Dolor en el pecho; lo refirió el 9 de enero de 2026 (dicho en el chat): **urgencia**", spanish, StringComparison.Ordinal);
        Assert.Contains("- Una caída nueva; lo refirió el 2 de marzo de 2026 (control semanal): valoración médica", spanish, StringComparison.Ordinal);
        Assert.Contains("Controles semanales: 2; última semana, la que empieza el 2 de marzo de 2026.", spanish, StringComparison.Ordinal);
        Assert.Contains("- Enfermedades que causan pérdida ósea: hipertiroidismo, diabetes tipo 1;", spanish, StringComparison.Ordinal);
        Assert.Contains("enfermedad renal crónica: estadio 3", spanish, StringComparison.Ordinal);
        Assert.Contains("| OST |", spanish, StringComparison.Ordinal);
        Assert.Contains("| Escala | Puntuación | Indica densitometría |", spanish, StringComparison.Ordinal);
    }

    private static void AssertNoEnglish(string spanish)
    {
        foreach (var line in Lines(spanish))
        {
            var english = EnglishPieces.FirstOrDefault(piece => piece.Pattern.IsMatch(line)).Piece;
            Assert.True(english is null, $"English wording '{english}' in the Spanish line: {line}");
        }
    }

    // The same lines in the same order, each with the same numbers and dates (decimal comma and Spanish dates read back).
    private static void AssertSameValues((string English, string Spanish) summaries)
    {
        var english = Lines(summaries.English);
        var spanish = Lines(summaries.Spanish);
        Assert.Equal(english.Length, spanish.Length);
        for (var i = 0; i < english.Length; i++)
        {
            Assert.Equal(Shape(english[i]), Shape(spanish[i]));
            Assert.True(Values(IsoDate().Replace(english[i], m => DateToken(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture))))
                .SequenceEqual(Values(SpanishDate().Replace(spanish[i], m => DateToken(int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture), Array.IndexOf(SpanishMonths, m.Groups[2].Value) + 1, int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))))),
                $"Different values:\n{english[i]}\n{spanish[i]}");
        }
    }

    private static string[] Lines(string markdown) => markdown.ReplaceLineEndings("\n").Split('\n');

    // A line's Markdown kind: heading level, list item, table row, or text.
    private static string Shape(string line) => line.Length == 0 ? string.Empty : line.StartsWith('#') ? new string('#', line.TakeWhile(c => c == '#').Count())
        : line.StartsWith("- ", StringComparison.Ordinal) ? "-" : line.StartsWith('|') ? "|" + line.Count(c => c == '|') : "text";

    private static string DateToken(int year, int month, int day) => $"date{year:0000}{month:00}{day:00}";

    private static List<string> Values(string line) =>
        [.. Number().Matches(line).Select(m => m.Value.StartsWith("date", StringComparison.Ordinal) ? m.Value : m.Value.Replace(',', '.')).Order(StringComparer.Ordinal)];

    private static IEnumerable<string> PiecesOf(IReadOnlyDictionary<string, string> texts) =>
        texts.Where(t => !t.Key.StartsWith("format.", StringComparison.Ordinal))
            .SelectMany(t => Placeholder().Split(t.Value.Replace("**", string.Empty, StringComparison.Ordinal)))
            .Select(piece => piece.Trim(' ', ';', ':', ',', '.', '(', ')'))
            .Where(piece => piece.Length >= 3);

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\b[A-Za-z][a-z]{2,}\b")]
    private static partial Regex Word();

    [GeneratedRegex(@"\b(\d{4})-(\d{2})-(\d{2})\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(\d{1,2}) de (\p{L}+) de (\d{4})\b")]
    private static partial Regex SpanishDate();

    // A number standing alone (not the 2 of "K2" or the 1 of "HbA1c"), or a date token.
    [GeneratedRegex(@"date\d{8}|(?<![\p{L}\d.,])-?\d+(?:[.,]\d+)?(?![\p{L}\d])")]
    private static partial Regex Number();
}
