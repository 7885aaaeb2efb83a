using System.Globalization;

namespace BoneCoach.Assessment;

/// <summary>
/// The clinician summary's words in one language: labels for every code, line templates with {name} placeholders,
/// units, and how that language writes numbers and dates. The host reads them from its script (English and Spanish);
/// the core only fills them in, so it stays free of files and of any language of its own.
/// </summary>
public sealed class SummaryWording
{
    private const double MonthsPerYear = 12;
    private const int MonthsInAYear = 12;

    private readonly IReadOnlyDictionary<string, string> _texts;
    private readonly NumberFormatInfo _numbers;
    private readonly DateTimeFormatInfo _dates;
    private readonly string _datePattern;

    /// <exception cref="ArgumentException">A key of <see cref="SummaryKeys.All"/> is missing, or the month names are not twelve.</exception>
    public SummaryWording(IReadOnlyDictionary<string, string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (Missing(texts) is { } missing)
        {
            throw new ArgumentException($"The summary wording has no text '{missing}'; every key of SummaryKeys.All() needs one.", nameof(texts));
        }

        _texts = texts;
        _numbers = (NumberFormatInfo)NumberFormatInfo.InvariantInfo.Clone();
        _numbers.NumberDecimalSeparator = texts[SummaryKeys.DecimalSeparator];
        _dates = DatesWith(texts[SummaryKeys.MonthNames]);
        _datePattern = texts[SummaryKeys.DatePattern];
    }

    /// <summary>The first key of <see cref="SummaryKeys.All"/> that <paramref name="texts"/> lacks, or null.</summary>
    public static string? Missing(IReadOnlyDictionary<string, string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return SummaryKeys.All().FirstOrDefault(key => !texts.ContainsKey(key));
    }

    public string Text(string key) => _texts[key];

    /// <summary>The text of <paramref name="key"/> with each {name} replaced by its value.</summary>
    public string Fill(string key, params (string Name, string Value)[] values)
    {
        var text = _texts[key];
        foreach (var (name, value) in values)
        {
            text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        return text;
    }

    // Figures as a reader says them: whole numbers from 100 up (a height of 163 cm), one decimal from 10 (63.5 kg), two
    // below (a T-score of -2.85), so no value carries the noise of a unit conversion (162.56 cm).
    public string Number(double value) =>
        value.ToString(Math.Abs(value) >= 100 ? "0" : Math.Abs(value) >= 10 ? "0.#" : "0.##", _numbers);

    public string Date(DateOnly date) => date.ToString(_datePattern, _dates);

    /// <summary>A code's label; a combination of flags lists each one ("stroke, liver disease").</summary>
    public string Label(Enum code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (Enum.IsDefined(code.GetType(), code))
        {
            return Fill(SummaryKeys.Code(code), ("age", Number(Thresholds.LowTraumaFractureAgeYears)));
        }

        var set = Enum.GetValues(code.GetType()).Cast<Enum>().Where(flag => Convert.ToUInt64(flag, CultureInfo.InvariantCulture) != 0 && code.HasFlag(flag));
        return string.Join(", ", set.Select(Label));
    }

    public string Figure(Figure figure) => figure.Name switch
    {
        FigureName.GlucocorticoidMonths => Fill(SummaryKeys.Code(figure.Name), ("0", Months(figure.Value))),
        FigureName.YearsSinceMenopause => Fill(SummaryKeys.Code(figure.Name), ("0", Years(figure.Value))),
        _ => Fill(SummaryKeys.Code(figure.Name), ("0", Number(figure.Value))),
    };

    public string Figures(IEnumerable<Figure> figures) => string.Join(", ", figures.Select(Figure));

    /// <summary>A value in its unit ("unit.kg": "{0} kg"), or the word for unknown.</summary>
    public string Known(double? value, string unitKey) => value is { } v ? Fill(unitKey, ("0", Number(v))) : Text(SummaryKeys.Unknown);

    public string Known(double? value) => value is { } v ? Number(v) : Text(SummaryKeys.Unknown);

    public string Known(bool? value) => Text(value switch { true => SummaryKeys.Yes, false => SummaryKeys.No, null => SummaryKeys.Unknown });

    public string Known<T>(T? value) where T : struct, Enum => value is { } v ? Label(v) : Text(SummaryKeys.Unknown);

    public string KnownYears(double? years) => years is { } y ? Years(y) : Text(SummaryKeys.Unknown);

    public string KnownMonths(double? months) => months is { } m ? Months(m) : Text(SummaryKeys.Unknown);

    // "2 years", not "23.98 months": whole years from a year up, whole months below.
    public string Months(double months) =>
        months >= MonthsPerYear ? Years(months / MonthsPerYear)
        : Math.Round(months, MidpointRounding.AwayFromZero) is var m && m < 1 ? Text("duration.lessThanAMonth")
        : m == 1 ? Text("duration.month") : Fill("duration.months", ("0", Number(m)));

    public string Years(double years) =>
        years < 1 ? Months(years * MonthsPerYear)
        : Math.Round(years, MidpointRounding.AwayFromZero) is var y && y == 1 ? Text("duration.year") : Fill("duration.years", ("0", Number(y)));

    // The invariant calendar with this language's month names: no culture data needed on the server.
    private static DateTimeFormatInfo DatesWith(string monthNames)
    {
        var names = monthNames.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (names.Length != MonthsInAYear)
        {
            throw new ArgumentException($"'{SummaryKeys.MonthNames}' must hold the twelve month names separated by spaces, not {names.Length}.", nameof(monthNames));
        }

        var dates = (DateTimeFormatInfo)DateTimeFormatInfo.InvariantInfo.Clone();
        string[] thirteen = [.. names, string.Empty];
        dates.MonthNames = thirteen;
        dates.MonthGenitiveNames = thirteen;
        return dates;
    }
}
