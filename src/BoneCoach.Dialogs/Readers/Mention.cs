namespace BoneCoach.Dialogs;

/// <summary>What a mention is: a plain number, a measurement, a length of time, or how often something happens.</summary>
public enum MentionKind
{
    /// <summary>A number without a unit ("62", "sixty-two", "twice" as a count).</summary>
    Number,

    /// <summary>A number with a unit that is not time ("60 kg", "5'4", "25 ng/mL", "5.6%").</summary>
    Quantity,

    /// <summary>A length of time ("7 hours", "7h30", "about 2 years"); Value is in Unit.</summary>
    Duration,

    /// <summary>How often ("twice a week", "every day", "4 times a month"); Value is times per week, Unit is null.</summary>
    Frequency,
}

/// <summary>The period a rate is given in ("5 mg a day": Day).</summary>
public enum RatePeriod
{
    None,
    Day,
    Week,
    Month,
    Year,
}

/// <summary>One value found in a message, with where it was written (Start and Length index the text the finder saw).</summary>
public sealed record Mention(MentionKind Kind, decimal Value, MeasureUnit? Unit, int Start, int Length, string Text)
{
    /// <summary>What the unit measures, or null for a plain number or a frequency.</summary>
    public Dimension? Dimension => Unit?.Dimension;

    /// <summary>For a quantity or duration given as a rate ("5 mg a day", "20 minutes a day"): the period.</summary>
    public RatePeriod Per { get; init; }

    /// <summary>She hedged it: a range ("3 or 4" is 3.5) or "2ish".</summary>
    public bool Approximate { get; init; }

    /// <summary>She gave her age ("I'm 62 years old", "tengo 62 años"): a plain number for an age question, never a measurement.</summary>
    public bool StatesAge { get; init; }

    /// <summary>A number of times ("once", "twice"): a count, never an amount of something ("just the once" is not 1 mg).</summary>
    public bool Times { get; init; }

    /// <summary>A frequency read from a vague word by convention ("sometimes", "rarely"): worth reading back.</summary>
    public bool Vague { get; init; }

    /// <summary>The value in <paramref name="unit"/> (same dimension, or the caller's conversions), or null.</summary>
    public decimal? In(string unit, IEnumerable<UnitConversion>? conversions = null)
        => Unit is null ? null : UnitConverter.Convert(Value, Unit.Symbol, unit, conversions ?? []);
}
