namespace BoneCoach.Dialogs;

/// <summary>A recognized time answer: a day, a period [Start, End), or a duration, with its TIMEX expression.</summary>
public sealed record DateAnswer(DateAnswerKind Kind, DateOnly? Start, DateOnly? End, TimeSpan? Duration, string Timex)
{
    /// <summary>The best single day: the date itself, or the middle of a period ("in 2019" gives 2019-07-02); null for a duration.</summary>
    public DateOnly? ApproximateDate => (Start, End) switch
    {
        ({ } start, { } end) => start.AddDays((end.DayNumber - start.DayNumber) / 2),
        ({ } start, null) => start,
        _ => null,
    };

    /// <summary>"2018-11-29", "2019-01-01/2020-01-01" or the duration's TIMEX ("P2W").</summary>
    public override string ToString() => Kind switch
    {
        DateAnswerKind.Date => Format(Start),
        DateAnswerKind.Range => $"{Format(Start)}/{Format(End)}",
        _ => Timex,
    };

    private static string Format(DateOnly? day) => day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
}
