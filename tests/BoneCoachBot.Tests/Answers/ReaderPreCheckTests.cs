using BoneCoach.Dialogs;
using Microsoft.Recognizers.Text;
using BoneCoachBot.Dialogs.Questions;
using BoneCoachBot.Tests.Safety;

namespace BoneCoachBot.Tests.Answers;

/// <summary>
/// The correction check looks for her numbers only when the message has a word a correction needs (issue 18). Over
/// both corpora it must find exactly what it finds when it always looks, so a correction pattern that one day needs
/// another word fails here rather than being missed in a conversation.
/// </summary>
public sealed class ReaderPreCheckTests
{
    [Fact]
    public void Every_corpus_message_gets_the_same_correction_with_the_pre_check_as_without()
    {
        var messages = AnswerCorpus.Rows.Concat(AnswerCorpus.Spanish).Select(r => (Text: r.Message, Culture: ReaderCulture.Resolve(r.Locale, null)))
            .Concat(TriageCorpus.All.SelectMany(m => new[] { (Text: m.Text, Culture: Culture.English), (Text: m.Text, Culture: Culture.Spanish) }))
            .Distinct().ToList();
        var differ = messages.Where(m => CorrectionReader.Read(m.Text, m.Culture) != CorrectionReader.Read(m.Text, m.Culture, preChecked: false)).ToList();

        Assert.True(differ.Count == 0, "read differently with the pre-check:\n" + string.Join('\n', differ));
        Assert.Contains(messages, m => CorrectionReader.Read(m.Text, m.Culture, preChecked: false) is not null);
    }
}
