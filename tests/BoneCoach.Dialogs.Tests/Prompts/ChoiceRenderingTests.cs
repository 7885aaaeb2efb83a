using BoneCoach.Dialogs.Tests.Harness;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using static BoneCoach.Dialogs.Tests.Harness.Script;

namespace BoneCoach.Dialogs.Tests.Prompts;

public class ChoiceRenderingTests
{
    private static readonly string[] Three = ["Walking", "Strength training", "Yoga"];
    private static readonly string[] Four = ["Walking", "Strength training", "Yoga", "None"];

    [Theory]
    [InlineData(Channels.Emulator, null)]
    [InlineData(Channels.Webchat, null)]
    [InlineData(Channels.Directline, null)]
    [InlineData(Channels.Msteams, "personal")]
    public async Task Channels_with_suggested_actions_get_buttons(string channelId, string? conversationType)
    {
        var reply = await FirstReplyAsync(channelId, conversationType, Three);

        Assert.Equal("Which activity?", reply.Text);
        Assert.Equal(Three, reply.SuggestedActions.Actions.Select(a => a.Title));
        Assert.All(reply.SuggestedActions.Actions, a => Assert.Equal(ActionTypes.ImBack, a.Type));
    }

    [Theory]
    [InlineData(Channels.Msteams, "personal")]
    [InlineData(Channels.Msteams, "channel")]
    [InlineData(Channels.Msteams, "groupChat")]
    [InlineData(Channels.Slack, null)]
    public async Task Channels_with_card_buttons_but_not_enough_suggested_actions_get_a_hero_card(string channelId, string? conversationType)
    {
        var reply = await FirstReplyAsync(channelId, conversationType, Four);

        Assert.Null(reply.SuggestedActions);
        var card = Assert.IsType<HeroCard>(Assert.Single(reply.Attachments).Content);
        Assert.Equal(Four, card.Buttons.Select(b => b.Title));
    }

    [Fact]
    public async Task A_channel_without_buttons_gets_up_to_three_short_choices_inline_and_more_as_the_sdks_numbered_list()
    {
        var three = await FirstReplyAsync(Channels.Test, null, Three);
        var four = await FirstReplyAsync(Channels.Test, null, Four);

        Assert.Equal("Which activity? (1) Walking, (2) Strength training, or (3) Yoga", three.Text);
        Assert.Equal("Which activity?\n\n   1. Walking\n   2. Strength training\n   3. Yoga\n   4. None", four.Text);
    }

    [Fact]
    public async Task A_title_over_20_characters_makes_auto_a_numbered_list_even_where_buttons_show()
    {
        var reply = await FirstReplyAsync(Channels.Emulator, null, ["Walking", "Strength training with weights"]);

        Assert.Null(reply.SuggestedActions);
        Assert.Equal("Which activity?\n\n   1. Walking\n   2. Strength training with weights", reply.Text);
    }

    [Fact]
    public async Task A_list_style_chosen_by_the_caller_wins_over_the_channel()
    {
        var reply = await FirstReplyAsync(Channels.Emulator, null, Three, ListStyle.List);

        Assert.Null(reply.SuggestedActions);
        Assert.StartsWith("Which activity?\n\n   1. Walking", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inline_puts_the_choices_on_one_line()
    {
        var reply = await FirstReplyAsync(Channels.Emulator, null, Three, ListStyle.Inline);

        Assert.Null(reply.SuggestedActions);
        Assert.Equal("Which activity? (1) Walking, (2) Strength training, or (3) Yoga", reply.Text);
    }

    [Fact]
    public async Task None_shows_only_the_question()
    {
        var reply = await FirstReplyAsync(Channels.Emulator, null, Three, ListStyle.None);

        Assert.Null(reply.SuggestedActions);
        Assert.True(reply.Attachments is null or { Count: 0 });
        Assert.Equal("Which activity?", reply.Text);
    }

    [Fact]
    public async Task A_hero_card_carries_the_question_and_a_button_per_choice()
    {
        var reply = await FirstReplyAsync(Channels.Emulator, null, Three, ListStyle.HeroCard);

        var card = Assert.IsType<HeroCard>(Assert.Single(reply.Attachments).Content);
        Assert.Equal("Which activity?", card.Text);
        Assert.Equal(Three, card.Buttons.Select(b => b.Value as string));
    }

    [Fact]
    public async Task A_retry_shows_the_choices_again_and_a_button_press_is_an_answer()
    {
        var harness = Harness(Channels.Emulator, null, Three, ListStyle.Auto);

        await harness.Flow()
            .Send("hi").AssertReply(a => Assert.Equal(3, ((IMessageActivity)a).SuggestedActions.Actions.Count))
            .Send("swimming").AssertReply(a => Assert.Equal(3, ((IMessageActivity)a).SuggestedActions.Actions.Count))
            .Send("Yoga").AssertReply("got Yoga (#3)")
            .StartTestAsync();
    }

    private static async Task<IMessageActivity> FirstReplyAsync(string channelId, string? conversationType, string[] values, ListStyle style = ListStyle.Auto)
    {
        IMessageActivity? reply = null;
        await Harness(channelId, conversationType, values, style).Flow()
            .Send("hi").AssertReply(a => reply = (IMessageActivity)a)
            .StartTestAsync();
        return reply!;
    }

    private static DialogHarness Harness(string channelId, string? conversationType, string[] values, ListStyle style)
        => new(
            () => Root(
                [Ask("choice", "Which activity?", o => { o.Choices = values.Select(v => new Choice(v)).ToList(); o.Style = style; }), Echo()],
                new ChoicePrompt("choice")),
            DialogHarness.Conversation(channelId, conversationType));
}
