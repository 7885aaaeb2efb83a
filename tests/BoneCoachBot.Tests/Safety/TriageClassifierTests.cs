using BoneCoachBot.Safety;
using BoneCoachBot.Tests.Support;
using Xunit.Abstractions;

namespace BoneCoachBot.Tests.Safety;

public sealed class TriageClassifierTests(ITestOutputHelper output)
{
    // The bar: every emergency and crisis found; at most 3% of near-misses raise any alarm.
    private const double MaxNearMissAlarmRate = 0.03;

    public static TriageClassifier Classifier { get; } = new(new TriagePatterns(ScriptTexts.Script["safety"].Triage!));

    [Fact]
    public void The_corpus_finds_every_emergency_and_crisis_and_few_near_misses()
    {
        var score = new TriageScore();
        foreach (var message in TriageCorpus.All)
        {
            score.Add(message, Classifier.Classify(message.Text).Class);
        }

        output.WriteLine(score.Report("Classifier"));
        Assert.True(TriageCorpus.All.Count >= 200, $"The corpus has {TriageCorpus.All.Count} messages; it needs at least 200.");
        Assert.Equal(1.0, score.Recall(TriageClass.Emergency));
        Assert.Equal(1.0, score.Recall(TriageClass.Crisis));
        Assert.Equal(1.0, score.Recall(TriageClass.Distress));
        Assert.InRange(score.NearMissAlarmRate, 0, MaxNearMissAlarmRate);
    }

    [Fact]
    public void The_held_out_set_finds_every_emergency_and_crisis_and_few_near_misses()
    {
        var score = new TriageScore();
        foreach (var message in TriageCorpus.HeldOut)
        {
            score.Add(message, Classifier.Classify(message.Text).Class);
        }

        output.WriteLine(score.Report("Classifier, held-out set"));
        Assert.True(TriageCorpus.HeldOut.Count >= 80, $"The held-out set has {TriageCorpus.HeldOut.Count} messages; it needs at least 80.");
        Assert.Equal(1.0, score.Recall(TriageClass.Emergency));
        Assert.Equal(1.0, score.Recall(TriageClass.Crisis));
        Assert.InRange(score.NearMissAlarmRate, 0, MaxNearMissAlarmRate);
    }

    [Fact]
    public void The_spanish_half_finds_every_emergency_crisis_and_urgent_sign_and_no_near_miss_raises_an_alarm()
    {
        var score = new TriageScore();
        foreach (var message in TriageCorpus.Spanish)
        {
            score.Add(message, Classifier.Classify(message.Text).Class);
        }

        output.WriteLine(score.Report("Classifier, Spanish"));
        Assert.True(TriageCorpus.Spanish.Count >= 120, $"The Spanish corpus has {TriageCorpus.Spanish.Count} messages.");
        Assert.Equal(1.0, score.Recall(TriageClass.Emergency));
        Assert.Equal(1.0, score.Recall(TriageClass.Crisis));
        Assert.Equal(1.0, score.Recall(TriageClass.Distress));
        Assert.Equal(1.0, score.Recall(TriageClass.Urgent));
        Assert.Equal(0.0, score.NearMissAlarmRate);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("🙂🙂🙂")]
    [InlineData("\u0000\u0001\uffff")]
    [InlineData("chest\ud800 pa\udc00in")]
    [InlineData("Ho un dolore al petto")]
    [InlineData("((((((((((((((((((((((((((((")]
    [InlineData("\\b(no|not)\\b [a-z]+ chest")]
    public void Any_string_gets_an_answer_and_unclassifiable_text_is_none(string? text) =>
        Assert.Equal(TriageClass.None, Classifier.Classify(text).Class);

    [Fact]
    public void A_very_long_message_is_read_to_the_end()
    {
        var text = string.Concat(Enumerable.Repeat("I walk the dog and lift weights twice a week. ", 5000)) + "Now I can't breathe.";

        Assert.Equal(TriageClass.Emergency, Classifier.Classify(text).Class);
    }

    // Past the patterns' budget a message is read in overlapping pieces: a sign is whole, with its denial, in one of them
    // wherever the cut falls, in a run-on message with no full stop to cut at.
    [Theory]
    [InlineData("I have crushing chest pain", TriageClass.Emergency)]
    [InlineData("I have no chest pain at all", TriageClass.None)]
    public void A_sign_anywhere_in_a_long_run_on_message_is_read_in_its_context(string said, TriageClass expected)
    {
        for (var at = 1850; at <= 2050; at += 7)
        {
            // Under 4,000 characters, so all of it is read: in two pieces, cut near the sign.
            var text = new string('x', at % 5) + " " + string.Concat(Enumerable.Repeat("and then we went to the shops ", 120));
            text = text[..at] + " " + said + " " + text[at..];

            Assert.True(expected == Classifier.Classify(text).Class, $"'{said}' at character {at}");
        }
    }

    // Of a very long message (pasted), the beginning and the end are read: her own words come before or after it.
    [Fact]
    public void A_sign_at_the_beginning_or_the_end_of_a_pasted_page_is_read()
    {
        var page = string.Concat(Enumerable.Repeat("The minutes of the garden club meeting, item by item. ", 4000));

        Assert.Equal(TriageClass.Emergency, Classifier.Classify("I can't breathe. " + page).Class);
        Assert.Equal(TriageClass.Crisis, Classifier.Classify(page + "I want to end my life").Class);
        Assert.Equal(TriageClass.None, Classifier.Classify(page + "no chest pain, all fine").Class);
    }

    [Fact]
    public void The_pieces_of_a_long_message_stay_within_the_budget_overlap_and_cover_it()
    {
        // Words that each appear once, so each piece is found where it was cut; and digits with no space to cut at.
        var words = string.Join(' ', Enumerable.Range(0, 1500).Select(i => i % 9 == 0 ? $"averyveryverylongword{i}" : $"w{i}"));
        foreach (var text in new[] { words, new string('9', 7001) })
        {
            var pieces = TriageText.Pieces(text, 2000, 200).ToList();

            Assert.All(pieces, piece => Assert.InRange(piece.Length, 1, 2000));
            Assert.StartsWith(pieces[0], text, StringComparison.Ordinal);
            Assert.EndsWith(pieces[^1], text, StringComparison.Ordinal);
            var covered = 0;
            foreach (var piece in pieces)
            {
                var at = text.IndexOf(piece, Math.Max(0, covered - 200), StringComparison.Ordinal);
                Assert.InRange(at, 0, covered);
                covered = at + piece.Length;
            }

            Assert.Equal(text.Length, covered);
        }
    }

    [Theory]
    [InlineData("I broke my wrist last year and now my chest hurts", TriageClass.Emergency)]
    [InlineData("I'm not suicidal but I want to die", TriageClass.Crisis)]
    [InlineData("no chest pain but I can't breathe", TriageClass.Emergency)]
    [InlineData("my husband is having a heart attack right now", TriageClass.Emergency)]
    public void Each_sentence_is_read_in_its_own_context(string text, TriageClass expected) =>
        Assert.Equal(expected, Classifier.Classify(text).Class);

    // A suspected break is an ambulance when the fall just happened or she can't get up, and see-a-clinician-soon when
    // the fall was days ago, though the swelling is "still" there.
    [Theory]
    [InlineData("fell on sunday and my wrist is still swollen, might be broken", TriageClass.Urgent)]
    [InlineData("I fell on Saturday. My ankle is still swollen and I think it's broken", TriageClass.Urgent)]
    [InlineData("me caí el domingo y la muñeca sigue hinchada, creo que está rota", TriageClass.Urgent)]
    [InlineData("I've just fallen and can't get up", TriageClass.Emergency)]
    [InlineData("fell just now and I think my hip is broken", TriageClass.Emergency)]
    [InlineData("I fell yesterday and I still can't get up off the floor", TriageClass.Emergency)]
    [InlineData("me acabo de caer y creo que me he roto la cadera", TriageClass.Emergency)]
    [InlineData("I fell yesterday and my wrist is really swollen", TriageClass.Urgent)]
    [InlineData("my wrist is really swollen since I fell yesterday", TriageClass.Urgent)]
    public void A_fall_days_ago_with_a_suspected_break_is_urgent_and_one_just_now_an_emergency(string text, TriageClass expected) =>
        Assert.Equal(expected, Classifier.Classify(text).Class);

    // Breathless on the stairs and called normal is none; the same words without "normal" still get the notice, and
    // chest pain is never calmed by "nothing new".
    [Theory]
    [InlineData("me falta el aire cuando subo tres pisos, lo normal", TriageClass.None)]
    [InlineData("I get a bit out of breath on the stairs, nothing new", TriageClass.None)]
    [InlineData("my back hurts today after the gardening, nothing new for me", TriageClass.None)]
    [InlineData("me falta el aire cuando subo tres pisos", TriageClass.Urgent)]
    [InlineData("my chest is tight when I climb stairs, nothing new", TriageClass.Urgent)]
    [InlineData("my chest hurts right now, nothing new", TriageClass.Emergency)]
    public void A_habit_she_calls_ordinary_is_none_for_breathing_and_back_pain_only(string text, TriageClass expected) =>
        Assert.Equal(expected, Classifier.Classify(text).Class);

    // A racing heart with feeling faint, chest pain or breathlessness, now, is an emergency (NHS and AHA palpitations
    // guidance, dialogs/safety.json "sources.palpitations"); alone, as a reaction, or after exercise it is not, and with a
    // companion on a run or days ago it is see-a-clinician-soon.
    [Theory]
    [InlineData("My heart is racing and I feel faint", TriageClass.Emergency)]
    [InlineData("my heart is racing. I feel like I'm going to pass out", TriageClass.Emergency)]
    [InlineData("el corazón me va a mil y me estoy mareando", TriageClass.Emergency)]
    [InlineData("heart pounding and my chest feels tight", TriageClass.Emergency)]
    [InlineData("my heart is racing", TriageClass.None)]
    [InlineData("my heart raced when I saw the scan result", TriageClass.None)]
    [InlineData("heart racing after my run", TriageClass.None)]
    [InlineData("my heart is racing but I'm not dizzy", TriageClass.None)]
    [InlineData("my heart is racing, I fainted years ago but that was different", TriageClass.None)]
    [InlineData("heart pounding and a bit light-headed after my run", TriageClass.Urgent)]
    public void A_racing_heart_is_an_emergency_only_with_faintness_chest_pain_or_breathlessness(string text, TriageClass expected) =>
        Assert.Equal(expected, Classifier.Classify(text).Class);

    // Hopelessness or weariness without a wish to die is asked about (distress); a wish not to live is a crisis; weariness
    // of the knees, the diet or the rain is nothing.
    [Theory]
    [InlineData("I'm fed up with life", TriageClass.Distress)]
    [InlineData("what's the point of anything", TriageClass.Distress)]
    [InlineData("no quiero seguir", TriageClass.Distress)]
    [InlineData("I don't want to be here anymore", TriageClass.Crisis)]
    [InlineData("everyone would be better off without me", TriageClass.Crisis)]
    [InlineData("estoy harta de vivir", TriageClass.Crisis)]
    [InlineData("I'm fed up with life and I want to die", TriageClass.Crisis)]
    [InlineData("fed up with my knees", TriageClass.None)]
    [InlineData("I'm fed up with this diet", TriageClass.None)]
    [InlineData("sick of the rain", TriageClass.None)]
    [InlineData("no quiero seguir con las preguntas", TriageClass.None)]
    public void Low_mood_is_asked_about_and_a_wish_not_to_live_is_a_crisis(string text, TriageClass expected) =>
        Assert.Equal(expected, Classifier.Classify(text).Class);

    // A suspected thought of suicide outranks a see-your-doctor notice; a stated one or an emergency outranks it.
    [Theory]
    [InlineData("sudden severe back pain and honestly I'm fed up with life", TriageClass.Distress)]
    [InlineData("I'm fed up with life and my chest hurts right now", TriageClass.Emergency)]
    public void The_most_pressing_class_in_a_message_wins(string text, TriageClass expected) =>
        Assert.Equal(expected, Classifier.Classify(text).Class);
}
