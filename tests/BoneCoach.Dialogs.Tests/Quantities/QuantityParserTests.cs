namespace BoneCoach.Dialogs.Tests.Quantities;

public class QuantityParserTests
{
    [Theory]
    [InlineData("en-us", "about 140 pounds", "140", "lb")]
    [InlineData("en-us", "140 lbs", "140", "lb")]
    [InlineData("en-us", "63.5 kg", "63.5", "kg")]
    [InlineData("es-es", "63,5 kg", "63.5", "kg")]
    [InlineData("es-es", "62 kilos", "62", "kg")]
    [InlineData("en-us", "5 ft 4 in", "64", "in")]
    [InlineData("en-us", "5 ft 4", "64", "in")]
    [InlineData("en-us", "5'4\"", "64", "in")]
    [InlineData("en-us", "I'm 5'4", "64", "in")]
    [InlineData("en-us", "165 cm", "165", "cm")]
    [InlineData("en-us", "1.65 m", "1.65", "m")]
    [InlineData("en-us", "1,200 mg", "1200", "mg")]
    [InlineData("en-us", "100 mcg", "100", "µg")]
    [InlineData("en-us", "25 ng/ml", "25", "ng/mL")]
    [InlineData("en-us", "75 nmol/l", "75", "nmol/L")]
    [InlineData("en-us", "800 IU", "800", "IU")]
    [InlineData("es-es", "800 UI", "800", "IU")]
    [InlineData("en-us", "7 and a half hours", "7.5", "h")]
    [InlineData("en-us", "7.5 hours", "7.5", "h")]
    [InlineData("es-es", "7 horas y media", "7.5", "h")]
    [InlineData("en-us", "45 minutes", "45", "min")]
    public void A_number_with_its_unit_is_read(string culture, string text, string value, string unit)
    {
        var reading = QuantityParser.Read(text, culture);

        Assert.NotNull(reading);
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), reading.Value);
        Assert.Equal(unit, reading.Unit?.Symbol);
    }

    [Theory]
    [InlineData("en-us", "I'm sixty-two", "62")]
    [InlineData("en-us", "62", "62")]
    [InlineData("es-es", "sesenta y dos", "62")]
    [InlineData("en-us", "I go to the gym 3 times", "3")]
    public void A_bare_number_is_read_without_a_unit(string culture, string text, string value)
    {
        var reading = QuantityParser.Read(text, culture);

        Assert.NotNull(reading);
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), reading.Value);
        Assert.Null(reading.Unit);
    }

    [Theory]
    [InlineData("no idea")]
    [InlineData("")]
    public void Text_without_a_number_reads_as_nothing(string text)
    {
        Assert.Null(QuantityParser.Read(text, "en-us"));
    }
}
