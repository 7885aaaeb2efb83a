using System.Globalization;

namespace BoneCoach.Dialogs.Tests.Readers;

public class MentionFinderTests
{
    public static TheoryData<string, string, string> Messages => new()
    {
        // Several facts in one message.
        { "en-US", "62, 60 kg, 165 cm", "Number 62; Quantity 60 kg; Quantity 165 cm" },
        { "en-GB", "I'm 62, 9 stone 3 and five foot six", "Number 62; Quantity 129 lb; Quantity 66 in" },
        { "en-US", "I take prednisolone, 5 mg a day, been on it about 2 years", "Quantity 5 mg /day; Duration 2 yr" },
        { "en-GB", "prednisolone 7.5mg daily for 18 months", "Quantity 7.5 mg /day; Duration 18 mo" },
        { "en-US", "fasting glucose 92 mg/dl", "Quantity 92 mg/dL" },
        { "en-GB", "glucose 5.3 mmol/L and HbA1c 5.6%", "Quantity 5.3 mmol/L; Quantity 5.6 %" },
        { "es-ES", "tengo 62 años y peso 60 kg", "Number 62; Quantity 60 kg" },
        { "en-US", "I'm 62 years old", "Number 62" },

        // Stones and pounds, feet and inches in every spelling, metric with a comma.
        { "en-GB", "9 stone", "Quantity 9 st" },
        { "en-GB", "9st 3lb", "Quantity 129 lb" },
        { "en-GB", "9 stone 3", "Quantity 129 lb" },
        { "en-GB", "9 stones 3 pounds", "Quantity 129 lb" },
        { "en-US", "five foot six", "Quantity 66 in" },
        { "en-US", "5 foot 6", "Quantity 66 in" },
        { "en-US", "5'6", "Quantity 66 in" },
        { "en-US", "5' 6\"", "Quantity 66 in" },
        { "en-US", "5’6”", "Quantity 66 in" },
        { "en-US", "5ft6", "Quantity 66 in" },
        { "en-US", "5 ft. 4 in.", "Quantity 64 in" },
        { "en-US", "5 feet 4 inches", "Quantity 64 in" },
        { "es-ES", "1,58 metros", "Quantity 1.58 m" },
        { "es-ES", "mido un metro sesenta", "Quantity 160 cm" },
        { "es-ES", "1 metro 60", "Quantity 160 cm" },
        { "es-ES", "peso 60 kilos", "Quantity 60 kg" },
        { "en-GB", "I weigh 9 and a half stone", "Quantity 9.5 st" },
        { "en-GB", "12 stone 7 lb", "Quantity 175 lb" },
        { "en-US", "I'm 5 ft 2 and 130 lbs", "Quantity 62 in; Quantity 130 lb" },
        { "en-US", "I sleep 7-8 hours", "Duration 7.5 h ~" },
        { "en-US", "about 7 hours a night", "Duration 7 h /day" },
        { "es-ES", "dos o tres veces por semana", "Frequency 2.5 ~" },
        { "en-GB", "1,58 m", "Quantity 1.58 m" },
        { "en-GB", "158 centimetres", "Quantity 158 cm" },
        { "en-US", "about an inch", "Quantity 1 in" },
        { "en-US", "half an inch", "Quantity 0.5 in" },
        { "es-ES", "un centímetro", "Quantity 1 cm" },
        { "en-US", "I used to be 5 ft 5", "Quantity 65 in" },

        // Durations.
        { "en-US", "6 and a half hours", "Duration 6.5 h" },
        { "en-GB", "7h30", "Duration 7.5 h" },
        { "en-GB", "7 hrs", "Duration 7 h" },
        { "en-US", "an hour and a half", "Duration 1.5 h" },
        { "es-ES", "7 horas y media", "Duration 7.5 h" },
        { "en-US", "20 minutes a day", "Duration 20 min /day" },

        // Frequencies and counts.
        { "en-US", "twice a week", "Frequency 2" },
        { "en-US", "4 times a month", "Frequency 0.92" },
        { "en-US", "3x a week", "Frequency 3" },
        { "en-US", "2-3 times a week", "Frequency 2.5 ~" },
        { "en-US", "every other day", "Frequency 3.5" },
        { "en-US", "every 2 days", "Frequency 3.5" },
        { "en-GB", "most days", "Frequency 5" },
        { "en-US", "I walk the dog every day", "Frequency 7" },
        { "en-US", "sometimes", "Frequency 2 ~ vague" },
        { "es-ES", "dos veces por semana", "Frequency 2" },
        { "es-ES", "una vez al mes", "Frequency 0.23" },
        { "en-US", "3 or 4", "Number 3.5 ~" },
        { "en-US", "between 3 and 4", "Number 3.5 ~" },
        { "en-US", "2ish", "Number 2 ~" },
        { "en-US", "a couple", "Number 2" },
        { "en-US", "just the once", "Number 1" },
        { "en-US", "I'm sixty-two", "Number 62" },
        { "en-US", "minus 2.1", "Number -2.1" },
        { "en-US", "62 in 2019", "Number 62" },

        // Near misses: articles, ordinals, years and times are not values.
        { "en-US", "I had one last year", "" },
        { "es-ES", "un vaso de leche", "" },
        { "es-ES", "una tostada con aceite", "" },
        { "en-US", "my first scan", "" },
        { "en-GB", "the 2nd time", "" },
        { "en-US", "in 2019", "" },
        { "en-US", "2 years ago", "" },
        { "en-GB", "at 9am", "" },
        { "es-ES", "hace 2 años", "" },
        { "en-US", "a glass of milk", "" },
        { "en-US", "no idea", "" },
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void Every_value_in_a_message_is_found_with_its_unit(string culture, string text, string expected)
    {
        var mentions = MentionFinder.Find(text, culture);

        Assert.Equal(expected, string.Join("; ", mentions.Select(Describe)));
    }

    [Fact]
    public void A_mention_says_where_it_was_written()
    {
        const string text = "I'm 62, about 60 kg";

        var kg = MentionFinder.Find(text, "en-US").Single(m => m.Unit is not null);

        Assert.Equal("60 kg", text.Substring(kg.Start, kg.Length));
        Assert.Equal(Dimension.Mass, kg.Dimension);
        Assert.Equal(132.28m, Math.Round(kg.In("lb")!.Value, 2));
    }

    [Theory]
    [InlineData("en-GB", "once", true)]
    [InlineData("en-US", "I fell 3 times", true)]
    [InlineData("es-ES", "una vez", true)]
    [InlineData("es-MX", "dos veces", true)]
    [InlineData("en-US", "3", false)]
    [InlineData("en-US", "5 mg", false)]
    public void A_number_of_times_is_marked_as_a_count_of_times(string culture, string text, bool times)
    {
        Assert.Equal(times, MentionFinder.Find(text, culture).Single().Times);
    }

    [Fact]
    public void Only_the_first_part_of_a_huge_message_is_read()
    {
        var text = new string('x', TextBudget.MaxChars) + " 60 kg";

        Assert.Empty(MentionFinder.Find(text, "en-US"));
        Assert.Single(MentionFinder.Find("60 kg " + new string('x', 100_000), "en-US"));
    }

    internal static string Describe(Mention mention)
    {
        var parts = new List<string> { mention.Kind.ToString(), mention.Value.ToString("0.##", CultureInfo.InvariantCulture) };
        if (mention.Unit is not null)
        {
            parts.Add(mention.Unit.Symbol);
        }

        if (mention.Per != RatePeriod.None)
        {
            parts.Add("/" + mention.Per.ToString().ToLowerInvariant());
        }

        if (mention.Approximate)
        {
            parts.Add("~");
        }

        if (mention.Vague)
        {
            parts.Add("vague");
        }

        return string.Join(' ', parts);
    }

    [Fact]
    public void The_same_text_read_again_in_another_culture_is_read_in_that_culture()
    {
        // The finder keeps its last readings of a text for the turn's other readers; a comma reads apart in English and Spanish.
        var english = MentionFinder.Find("1,200 mg", "en-US").Single().Value;
        var spanish = MentionFinder.Find("1,200 mg", "es-ES").Single().Value;

        Assert.Equal((1200m, 1.2m), (english, spanish));
        Assert.Equal(1200m, MentionFinder.Find("1,200 mg", "en-US").Single().Value);
    }
}
