using BoneCoach.Dialogs.Tests.Harness;
using static BoneCoach.Dialogs.Tests.Harness.Script;

namespace BoneCoach.Dialogs.Tests.Prompts;

public class ConfirmPromptTests
{
    [Theory]
    [InlineData("en-US", "yes", "yes")]
    [InlineData("en-US", "Yeah!", "yes")]
    [InlineData("en-US", "yep, I do", "yes")]
    [InlineData("en-GB", "I do", "yes")]
    [InlineData("en-GB", "I do, every morning", "yes")]
    [InlineData("en-GB", "I have taken them", "yes")]
    [InlineData("en-US", "I am too", "yes")]
    [InlineData("en-GB", "ok, I don't take any", "no")]
    [InlineData("en-US", "right, no I haven't", "no")]
    [InlineData("es-ES", "vale, no tomo", "no")]
    [InlineData("en-US", "sure", "yes")]
    [InlineData("en-US", "nope", "no")]
    [InlineData("en-US", "no thanks", "no")]
    [InlineData("en-US", "of course not", "no")]
    [InlineData("en-US", "1", "yes")]
    [InlineData("en-US", "2", "no")]
    [InlineData("es-ES", "sí", "yes")]
    [InlineData("es-ES", "Si, claro", "yes")]
    [InlineData("es-ES", "para nada", "no")]
    [InlineData("es-ES", "no", "no")]
    public async Task Yes_and_no_are_understood_in_many_forms(string locale, string answer, string expected)
    {
        var harness = new DialogHarness(() => Root([Ask("confirm", "Ready?", o => o.Style = ListStyle.None), Echo()], new ConfirmPrompt("confirm")), locale: locale);

        await harness.Flow().Send("hi").AssertReply("Ready?").Send(answer).AssertReply($"got {expected}").StartTestAsync();
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("not sure")]
    [InlineData("I have a cold")]
    [InlineData("I have arthritis")]
    [InlineData("I do a bit of gardening")]
    public async Task An_answer_that_is_neither_is_asked_again(string answer)
    {
        var harness = new DialogHarness(() => Root([Ask("confirm", "Ready?", o => o.Style = ListStyle.None), Echo()], new ConfirmPrompt("confirm")));

        await harness.Flow().Send("hi").AssertReply("Ready?").Send(answer).AssertReply("Ready?").StartTestAsync();
    }

    // "go on then" takes up an offer ("may I keep your answers?"), and is no answer to "do you take steroid tablets?".
    [Theory]
    [InlineData("en-GB", "go on then", true, "got yes")]
    [InlineData("en-US", "sure, why not", true, "got yes")]
    [InlineData("en-GB", "fine by me", true, "got yes")]
    [InlineData("es-ES", "venga", true, "got yes")]
    [InlineData("en-GB", "fine, but no thanks", true, "Ready?")]
    [InlineData("en-GB", "go on then", false, "Ready?")]
    public async Task Words_that_take_up_an_offer_are_a_yes_only_to_an_offer(string locale, string answer, bool offer, string reply)
    {
        var harness = new DialogHarness(() => Root([Ask("confirm", "Ready?", o => o.Style = ListStyle.None), Echo()], new ConfirmPrompt("confirm") { Offer = offer }), locale: locale);

        await harness.Flow().Send("hi").AssertReply("Ready?").Send(answer).AssertReply(reply).StartTestAsync();
    }

    [Fact]
    public async Task The_yes_no_list_is_in_the_users_language()
    {
        var harness = new DialogHarness(() => Root([Ask("confirm", "¿Lista?"), Echo()], new ConfirmPrompt("confirm")), locale: "es-ES");

        await harness.Flow().Send("hola").AssertReply("¿Lista? (1) Sí o (2) No").StartTestAsync();
    }
}
