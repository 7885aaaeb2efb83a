namespace BoneCoach.Dialogs.Tests.Quantities;

public class UnitConverterTests
{
    private static readonly UnitConversion VitaminDIu = new("IU", "µg", 0.025m);
    private static readonly UnitConversion CalcidiolMolar = new("ng/mL", "nmol/L", 2.496m);

    [Theory]
    [InlineData(140, "lb", "kg", 63.5)]
    [InlineData(64, "in", "cm", 162.56)]
    [InlineData(1.2, "g", "mg", 1200)]
    [InlineData(5, "ft", "in", 60)]
    [InlineData(90, "min", "h", 1.5)]
    [InlineData(800, "IU", "µg", 20)]
    [InlineData(20, "mcg", "IU", 800)]
    [InlineData(800, "IU", "mg", 0.02)]
    [InlineData(25, "ng/mL", "nmol/L", 62.4)]
    [InlineData(75, "nmol/L", "ng/mL", 30.05)]
    public void Units_convert_within_a_dimension_and_by_the_callers_factors(decimal value, string from, string to, decimal expected)
    {
        var converted = UnitConverter.Convert(value, from, to, [VitaminDIu, CalcidiolMolar]);

        Assert.NotNull(converted);
        Assert.Equal(expected, Math.Round(converted.Value, 2));
    }

    [Theory]
    [InlineData("IU", "µg")]
    [InlineData("ng/mL", "nmol/L")]
    [InlineData("kg", "cm")]
    [InlineData("h", "kg")]
    public void Without_a_factor_units_of_different_dimensions_do_not_convert(string from, string to)
    {
        Assert.Null(UnitConverter.Convert(1m, from, to, []));
    }

    [Fact]
    public void A_quantity_converts_to_the_units_canonical_symbol()
    {
        Assert.Equal(new Quantity(165m, "cm"), new Quantity(1.65m, "m").ConvertTo("centimeters"));
    }
}
