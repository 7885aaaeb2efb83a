namespace BoneCoach.Dialogs;

/// <summary>Converts values between units: freely within a dimension, across dimensions only by the caller's factors.</summary>
public static class UnitConverter
{
    /// <summary>The value in <paramref name="to"/>, or null when no path exists.</summary>
    public static decimal? Convert(decimal value, string from, string to, IEnumerable<UnitConversion> conversions)
    {
        var source = UnitCatalog.Find(from);
        var target = UnitCatalog.Find(to);
        if (source is null || target is null)
        {
            return null;
        }

        if (source.Dimension == target.Dimension)
        {
            return value * source.BaseFactor / target.BaseFactor;
        }

        // One caller-supplied hop, with free conversion within each dimension on either side of it.
        foreach (var (hopFrom, hopTo, factor) in BothWays(conversions))
        {
            if (hopFrom.Dimension == source.Dimension && hopTo.Dimension == target.Dimension)
            {
                var inHopFrom = value * source.BaseFactor / hopFrom.BaseFactor;
                return inHopFrom * factor * hopTo.BaseFactor / target.BaseFactor;
            }
        }

        return null;
    }

    /// <summary>Whether a value in <paramref name="from"/> can be expressed in <paramref name="to"/>.</summary>
    public static bool CanConvert(string from, string to, IEnumerable<UnitConversion> conversions)
        => Convert(1m, from, to, conversions) is not null;

    private static IEnumerable<(MeasureUnit From, MeasureUnit To, decimal Factor)> BothWays(IEnumerable<UnitConversion> conversions)
    {
        foreach (var conversion in conversions)
        {
            if (UnitCatalog.Find(conversion.From) is { } from && UnitCatalog.Find(conversion.To) is { } to && conversion.Factor != 0)
            {
                yield return (from, to, conversion.Factor);
                yield return (to, from, 1m / conversion.Factor);
            }
        }
    }
}
