namespace BoneCoach.Dialogs.Tests.Prompts;

public class ChoiceMatcherTests
{
    private static readonly Choice[] Activities =
    [
        new("Walking"),
        new("Strength training", "weights", "lifting"),
        new("Yoga or pilates"),
        new("None of these", "nothing"),
    ];

    [Theory]
    [InlineData("Walking", 0)]
    [InlineData("WALKING", 0)]
    [InlineData("strength training!", 1)]
    [InlineData("weights", 1)]
    [InlineData("lifting", 1)]
    [InlineData("2", 1)]
    [InlineData("two", 1)]
    [InlineData("number 2", 1)]
    [InlineData("option 3", 2)]
    [InlineData("second", 1)]
    [InlineData("the second one", 1)]
    [InlineData("the third", 2)]
    [InlineData("the last one", 3)]
    [InlineData("I do yoga", 2)]
    [InlineData("pilates", 2)]
    [InlineData("strength", 1)]
    [InlineData("walk", 0)]
    [InlineData("nothing", 3)]
    public void A_choice_is_found_by_words_synonyms_or_position(string answer, int expectedIndex)
    {
        var found = ChoiceMatcher.Match(answer, Activities, "en-us");

        Assert.NotNull(found);
        Assert.Equal(expectedIndex, found.Index);
        Assert.Equal(Activities[expectedIndex].Value, found.Value);
    }

    [Theory]
    [InlineData("swimming")]
    [InlineData("5")]
    [InlineData("the fifth one")]
    [InlineData("")]
    public void An_answer_that_fits_no_choice_finds_nothing(string answer)
    {
        Assert.Null(ChoiceMatcher.Match(answer, Activities, "en-us"));
    }

    // Issue 13: "bruised my hip badly the second time" to "Did any of those falls hurt you?" was stored as "No" (the
    // second choice), and to the hormone-therapy question as "In the past".
    [Theory]
    [InlineData("bruised my hip badly the second time")]
    [InlineData("the first time I fell it hurt")]
    [InlineData("la segunda vez me dolió")]
    public void An_ordinal_inside_a_sentence_is_not_a_position(string answer)
    {
        Choice[] hormoneTherapy = [new("Yes, now"), new("In the past"), new("Never")];

        Assert.Null(ChoiceMatcher.Match(answer, hormoneTherapy, answer.StartsWith("la", StringComparison.Ordinal) ? "es-es" : "en-us"));
    }

    // Issue 12: "a yogurt and milk in my tea so 2", her calcium servings typed at the hormone-therapy question, was stored
    // as "In the past": the only word it shares with that option is "in".
    [Theory]
    [InlineData("milk in my tea so 2", "en-us")]
    [InlineData("on my own at home", "en-us")]
    [InlineData("yogur en el desayuno", "es-es")]
    [InlineData("con leche", "es-es")]
    public void A_shared_preposition_alone_picks_no_choice(string answer, string culture)
    {
        Choice[] hormoneTherapy = [new("In the past"), new("On and off"), new("Never"), new("En el pasado"), new("Con receta")];

        Assert.Null(ChoiceMatcher.Match(answer, hormoneTherapy, culture));
    }

    // Found in the review's chat: "ok it's passed, I'm fine now" at the hormone-therapy question was kept as "Yes, now".
    [Theory]
    [InlineData("ok it's passed, I'm fine now", null)]
    [InlineData("now", "current")]
    [InlineData("yes, now", "current")]
    [InlineData("I'm taking it now", "current")]
    public void Now_on_its_own_in_a_sentence_picks_no_choice(string answer, string? expected)
    {
        Choice[] hormoneTherapy = [new("current", "Yes, now", "now", "currently", "taking"), new("past", "In the past"), new("never", "Never")];

        Assert.Equal(expected, ChoiceMatcher.Match(answer, hormoneTherapy, "en-gb")?.Value);
    }

    [Theory]
    [InlineData("in the past", 0)]
    [InlineData("yes in the past", 0)]
    [InlineData("en el pasado", 1)]
    public void A_preposition_with_the_words_it_belongs_to_still_matches(string answer, int expectedIndex)
    {
        Choice[] hormoneTherapy = [new("In the past"), new("En el pasado"), new("Never")];

        Assert.Equal(expectedIndex, ChoiceMatcher.Match(answer, hormoneTherapy, answer.StartsWith("en", StringComparison.Ordinal) ? "es-es" : "en-us")?.Index);
    }

    // Issue 13: "no falls, no new pain" at the check-in's last question was stored as "A fall".
    [Theory]
    [InlineData("no falls, no new pain", null)]
    [InlineData("I didn't fall", null)]
    [InlineData("I fell but nothing broke", "fall")]
    [InlineData("none of those", "none")]
    [InlineData("new back pain, no fall", "backPain")]
    public void A_choice_named_only_under_a_negation_is_not_chosen(string answer, string? expected)
    {
        Choice[] events = [new("none", "None of those", "no", "nope"), new("fall", "A fall", "fell", "i fell"), new("fracture", "A broken bone", "broke"), new("backPain", "New back pain", "back pain")];

        Assert.Equal(expected, ChoiceMatcher.Match(answer, events, "en-us")?.Value);
    }

    // Found chatting: "no falls, all good" and "no, nothing" got "tap the one that happened". A choice is scored by its best
    // phrase she did not deny ("all good" sits two words after the "no" of "no falls"), and a no after a no denies nothing.
    // "no falls, but my back hurts" was asked again too: "no falls" only denies the fall, so the back pain is her answer.
    [Theory]
    [InlineData("no falls, all good", "none")]
    [InlineData("no, nothing", "none")]
    [InlineData("no never", "none")]
    [InlineData("no falls, but my back hurts", "backPain")]
    [InlineData("no falls, no new pain", "none")]
    [InlineData("no new pain, but I fell", "fall")]
    [InlineData("I fell and my back hurts", null)]
    [InlineData("no, but my back hurts", "backPain")]
    public void A_none_said_twice_over_is_none(string answer, string? expected)
    {
        Choice[] events = [new("none", "None of those", "no", "nothing", "never", "all good", "no falls"), new("fall", "A fall", "fell"), new("backPain", "New back pain", "back pain", "my back hurts")];

        Assert.Equal(expected, ChoiceMatcher.Match(answer, events, "en-gb")?.Value);
    }

    [Theory]
    [InlineData("no, no kidney disease", "No kidney disease")]
    [InlineData("I'm not sure", "Not sure")]
    public void A_negation_the_choice_itself_holds_still_matches(string answer, string expected)
    {
        Choice[] choices = [new("Yes, now"), new("Never"), new("No kidney disease"), new("Not sure")];

        Assert.Equal(expected, ChoiceMatcher.Match(answer, choices, "en-us")?.Value);
    }

    [Fact]
    public void Two_choices_matching_equally_well_are_ambiguous()
    {
        Choice[] training = [new("Strength training"), new("Balance training")];

        Assert.Null(ChoiceMatcher.Match("training", training, "en-us"));
    }

    [Theory]
    [InlineData("cafe", 0)]
    [InlineData("CAFÉ", 0)]
    [InlineData("té verde", 1)]
    [InlineData("la segunda", 1)]
    [InlineData("dos", 1)]
    [InlineData("ninguna", 2)]
    public void Spanish_answers_match_without_accents_and_by_position(string answer, int expectedIndex)
    {
        Choice[] drinks = [new("Café"), new("Te verde"), new("Ninguna")];

        Assert.Equal(expectedIndex, ChoiceMatcher.Match(answer, drinks, "es-es")?.Index);
    }

    [Theory]
    [InlineData("1", 1)]
    [InlineData("2", 1)]
    [InlineData("3 or more", 2)]
    [InlineData("the first one", 0)]
    [InlineData("zero", 0)]
    public void With_numeric_choices_a_number_is_an_amount_not_a_position(string answer, int expectedIndex)
    {
        Choice[] sessions = [new("0", "none", "zero"), new("1-2"), new("3 or more")];

        Assert.Equal(expectedIndex, ChoiceMatcher.Match(answer, sessions, "en-us")?.Index);
    }

    private static readonly Choice[] Stages =
    [
        new("None", "no"),
        new("Mild (stage 1 or 2)", "stage 1", "stage 2", "stage one", "stage two"),
        new("Stage 3", "stage three", "3a", "3b"),
        new("Stage 4 or 5", "stage 4", "stage 5", "stage four", "stage five"),
        new("Stage not known", "yes but not sure", "unknown stage"),
    ];

    [Theory]
    [InlineData("yes stage 4", 3)]
    [InlineData("stage 4 I think", 3)]
    [InlineData("it's stage five now", 3)]
    [InlineData("yes stage 3b", 2)]
    [InlineData("I think stage 2", 1)]
    [InlineData("stage two", 1)]
    [InlineData("unknown stage", 4)]
    public void A_stated_number_picks_the_choice_that_names_it_over_choices_sharing_other_words(string answer, int expectedIndex)
    {
        Assert.Equal(expectedIndex, ChoiceMatcher.Match(answer, Stages, "en-us")?.Index);
    }

    [Fact]
    public void A_number_no_choice_names_matches_nothing_rather_than_a_choice_sharing_a_word()
    {
        Assert.Null(ChoiceMatcher.Match("stage 7", Stages, "en-us"));
    }
}

public class ChoiceMatcherAmountTests
{
    private static readonly Choice[] Stages =
    [
        new("None", "no"),
        new("Stage 3", "stage three"),
        new("Stage 4 or 5", "stage 4", "stage 5"),
    ];

    [Theory]
    [InlineData("5 mg")]
    [InlineData("about 5 mg a day")]
    [InlineData("4 kg")]
    [InlineData("3 cm")]
    public void A_number_with_a_unit_is_an_amount_and_never_a_choice_that_names_the_number(string answer) =>
        Assert.Null(ChoiceMatcher.Match(answer, Stages, "en-us"));

    [Theory]
    [InlineData("stage 4", 2)]
    [InlineData("stage 3, eGFR 45", 1)]
    public void A_number_without_a_unit_still_picks_its_choice(string answer, int expectedIndex) =>
        Assert.Equal(expectedIndex, ChoiceMatcher.Match(answer, Stages, "en-us")?.Index);

    private static readonly Choice[] ThisWeek =
    [
        new("None of those", "no", "none"), new("A fall", "fell", "slipped"), new("A broken bone", "fracture", "broke", "broken"),
        new("Not sure"),
    ];

    [Theory]
    [InlineData("well i slipped on the stairs on friday, bruised my hip but nothing broken i think", 1)]
    [InlineData("I think something is broken", 2)]
    [InlineData("i'm not sure", 3)]
    public void A_word_she_denies_names_no_choice(string answer, int expectedIndex) =>
        Assert.Equal(expectedIndex, ChoiceMatcher.Match(answer, ThisWeek, "en-us")?.Index);

    [Fact]
    public void A_denied_choice_alone_is_not_an_answer() =>
        Assert.Null(ChoiceMatcher.Match("bruised my hip but nothing broken", ThisWeek, "en-us"));
}
