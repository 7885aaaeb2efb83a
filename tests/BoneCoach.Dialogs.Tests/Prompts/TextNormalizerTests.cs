using CsCheck;

namespace BoneCoach.Dialogs.Tests.Prompts;

/// <summary>
/// The folds are remembered (per thread for messages, per process for script phrases) and the whole-word test no
/// longer pads both strings: the answers must be the same as folding afresh every time.
/// </summary>
public class TextNormalizerTests
{
    private static readonly string[] Words = ["bone", "one", "no", "not", "¡Sí!", "si", "a", "day", ",", " ", "Días", "dias"];

    // Words that overlap ("one" in "bone", "no" in "not"), accents and punctuation, so both answers occur often.
    private static readonly Gen<string> Text = Gen.Int[0, Words.Length - 1].Select(i => Words[i])
        .Array[0, 8].Select(words => string.Join(' ', words));

    [Fact]
    public void Whole_word_test_agrees_with_padding_both_texts()
    {
        Gen.Select(Text, Text).Sample((text, phrase) =>
        {
            var folded = TextNormalizer.Normalize(text);
            var cue = TextNormalizer.Normalize(phrase);
            var padded = cue.Length > 0 && (" " + folded + " ").Contains(" " + cue + " ", StringComparison.Ordinal);
            Assert.Equal(padded, TextNormalizer.ContainsWords(folded, cue));
        }, iter: 2_000);
    }

    [Fact]
    public void A_remembered_fold_is_the_fold_of_the_same_text()
    {
        // More distinct texts than the thread remembers, asked again in a different order.
        string[] texts = ["¡Sí, claro!", "no lo sé", "Tengo 62 AÑOS", "about 7 hours", "9 stone 3", "n/a", "Días", "bone", "one", "not sure"];
        string[] expected = ["si claro", "no lo se", "tengo 62 anos", "about 7 hours", "9 stone 3", "n a", "dias", "bone", "one", "not sure"];
        foreach (var round in new[] { texts, texts.Reverse().ToArray(), texts })
        {
            foreach (var text in round)
            {
                Assert.Equal(expected[Array.IndexOf(texts, text)], TextNormalizer.Normalize(text));
                Assert.Equal(expected[Array.IndexOf(texts, text)], TextNormalizer.NormalizePhrase(text));
            }
        }
    }

    [Fact]
    public void An_empty_phrase_is_in_no_text() =>
        Assert.False(TextNormalizer.ContainsWords("si claro", TextNormalizer.NormalizePhrase("¡!")));
}
