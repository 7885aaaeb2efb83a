using BoneCoach.Dialogs.Tests.Harness;
using static BoneCoach.Dialogs.Tests.Harness.Script;

namespace BoneCoach.Dialogs.Tests.Prompts;

public class NumberPromptTests
{
    public static TheoryData<string, string, string> Recognized => new()
    {
        { "en-US", "62", "62" },
        { "en-US", "sixty-two", "62" },
        { "en-US", "I'm sixty-two", "62" },
        { "en-US", "62.5", "62.5" },
        { "en-US", "1,200", "1200" },
        { "es-ES", "62,5", "62.5" },
        { "es-ES", "sesenta y dos", "62" },
        { "es-MX", "62,5", "62.5" },
    };

    [Theory]
    [MemberData(nameof(Recognized))]
    public async Task Numbers_are_read_in_the_users_locale(string locale, string answer, string expected)
    {
        var harness = new DialogHarness(() => Root([Ask("number", "How much?"), Echo()], new NumberPrompt<double>("number")), locale: locale);

        await harness.Flow().Send("hi").AssertReply("How much?").Send(answer).AssertReply($"got {expected}").StartTestAsync();
    }

    [Fact]
    public async Task Without_an_activity_locale_the_prompts_default_locale_is_used()
    {
        var harness = new DialogHarness(() => Root([Ask("number", "¿Cuánto?"), Echo()], new NumberPrompt<double>("number", defaultLocale: "es-ES")), locale: string.Empty);

        await harness.Flow().Send("hi").AssertReply("¿Cuánto?").Send("62,5").AssertReply("got 62.5").StartTestAsync();
    }

    [Theory]
    [InlineData("62.5")]
    [InlineData("no idea")]
    public async Task A_whole_number_prompt_rejects_fractions_and_words(string answer)
    {
        var harness = new DialogHarness(() => Root([Ask("number", "Age?"), Echo()], new NumberPrompt<int>("number")));

        await harness.Flow().Send("hi").AssertReply("Age?").Send(answer).AssertReply("Age?").StartTestAsync();
    }

    [Fact]
    public void Unsupported_number_types_are_refused_at_construction()
    {
        Assert.Throws<NotSupportedException>(() => new NumberPrompt<byte>("byte"));
    }
}
