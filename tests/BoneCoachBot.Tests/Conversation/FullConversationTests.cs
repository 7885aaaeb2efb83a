using BoneCoach.Assessment;
using BoneCoachBot.Wording;
using BoneCoachBot.Coaching;
using Microsoft.Extensions.DependencyInjection;
using static BoneCoachBot.Tests.Support.ScriptTexts;

namespace BoneCoachBot.Tests.Conversation;

/// <summary>Personas from the first conversationUpdate to the plan over HTTP, through the real pipeline and rendering.</summary>
public sealed class FullConversationTests(CoachingHost host) : IClassFixture<CoachingHost>
{
    private readonly CoachingHost _host = host;

    private ICoachingMessages Messages => _host.Services.GetRequiredService<ICoachingMessages>();

    [Fact]
    public async Task Weak_loading_and_strong_minerals_get_a_plan_that_leads_with_loading_and_says_minerals_alone_will_not_do_it()
    {
        var (chat, result) = await ToPlanAsync(Personas.WeakLoadingStrongMinerals);

        Assert.Equal(Layer.Loading, result.Plan.Actions[0].Layer);
        Assert.Contains(result.Plan.Notes, n => n.Code == PlanNoteCode.MineralsAloneWillNotShiftRemodeling);
        Assert.Empty(result.RedFlags);
        var record = (await StoredState.RecordAsync(_host.Services, chat))!;
        Assert.Equal(62, record.Answers["age"].Number);
        Assert.Equal(63.5, record.Answers["weight"].Number!.Value, 1);
        Assert.Equal(162.6, record.Answers["height"].Number!.Value, 1);
        Assert.Equal(8, record.Answers["lastPeriod"].Number!.Value, 0);
        Assert.False(record.Answers.ContainsKey("waist"));

        // Her waist was left for later: fine-tune asks it, and the layer's other questions.
        await chat.AnswerAllAsync(Personas.FineTuneInflammation);
        record = (await StoredState.RecordAsync(_host.Services, chat))!;
        Assert.Equal(81.3, record.Answers["waist"].Number!.Value, 1);
        Assert.Equal(4, record.Answers["alcoholUnits"].Number!.Value, 0);
    }

    [Fact]
    public async Task A_fragility_fracture_is_referred_and_she_still_gets_a_safe_plan()
    {
        var (chat, result) = await ToPlanAsync(Personas.FragilityFracture);

        var flag = Assert.Single(result.RedFlags);
        Assert.Equal(RedFlagCode.LowTraumaFractureAfter50, flag.Code);
        // Loading goes on in its safe form, physiotherapist-led, rather than stopping (Strong, Steady and Straight).
        Assert.False(result.IsReferred(Layer.Loading));
        Assert.True(result.Plan.Has(ActionCode.StartWithPhysiotherapist));
        Assert.False(result.Plan.IsEmergency);
        Assert.Contains("bot: " + Messages.RedFlagNotice([flag]), chat.Transcript);
    }

    [Fact]
    public async Task Imperial_units_and_typos_are_understood_all_the_way_to_the_plan()
    {
        var (chat, result) = await ToPlanAsync(Personas.ImperialWithTypos);
        await chat.AnswerAllAsync(["Fine tune", "Inflammation", "34 in", "most days", "2"]);

        var answers = (await StoredState.RecordAsync(_host.Services, chat))!.Answers;
        Assert.Equal(68.0, answers["weight"].Number!.Value, 1);
        Assert.Equal(167.6, answers["height"].Number!.Value, 1);
        Assert.Equal(86.4, answers["waist"].Number!.Value, 1);
        Assert.Equal(1000, answers["vitaminDSupplementIu"].Number!.Value, 0);
        Assert.Equal("past", answers["hormoneTherapy"].Choice);
        Assert.NotEmpty(result.Plan.Actions);
    }

    [Fact]
    public async Task After_the_plan_any_message_gets_a_useful_answer_and_plan_shows_it_again()
    {
        var (chat, _) = await ToPlanAsync(Personas.WeakLoadingStrongMinerals);
        await chat.SayAsync("no");

        var thanked = await chat.SayAsync("thanks!");
        var afterwards = await chat.SayAsync("ok so what now");
        var activitiesBefore = chat.Activities.Count;
        await chat.SayAsync("plan");

        Assert.Equal([Support.ScriptTexts.Script["commands"].Commands.First(c => c.Id == "thanks").Reply!], thanked);
        Assert.Equal([Text("commands", "afterwards")], afterwards);
        Assert.Contains(chat.Activities.Skip(activitiesBefore), IsPlanCard);

        Assert.Equal([Text("commands", "nothingToCancel")], await chat.SayAsync("cancel"));
        Assert.NotEmpty(await chat.SayAsync("how am i doing"));

        var summary = await chat.SayAsync("summary");
        var record = (await StoredState.RecordAsync(_host.Services, chat))!;
        var expected = Messages.ClinicianSummaryMessage(BoneCoachBot.Commands.SummaryCommand.Render(record, _host.Clock, Messages.SummaryWording)).Text;
        Assert.Equal([expected], summary);
    }

    [Fact]
    public async Task A_plan_card_button_sends_its_command_as_a_card_submit()
    {
        var (chat, _) = await ToPlanAsync(Personas.WeakLoadingStrongMinerals);

        var reply = await chat.Client.PostAsync(new System.Text.Json.Nodes.JsonObject
        {
            ["type"] = "message",
            ["value"] = new System.Text.Json.Nodes.JsonObject { ["command"] = "help" },
        });

        Assert.Equal([Support.ScriptTexts.Script["commands"].Commands.First(c => c.Id == "help").Reply!], reply.Texts);
    }

    private async Task<(Chat Chat, AssessmentResult Result)> ToPlanAsync(IEnumerable<string> answers)
    {
        var chat = new Chat(_host.CreateClient());
        Assert.Equal(Welcome, await chat.JoinAsync());

        var last = await chat.AnswerAllAsync(answers);

        // After the plan, a weekly reminder is offered as a question and set only after a yes.
        Assert.StartsWith("Shall I remind you to check in every ", last[^1], StringComparison.Ordinal);
        Assert.Equal([Text("reminders", "proposalDeclined"), Text("commands", "summaryOffer")], await chat.SayAsync("no thanks"));
        var record = (await StoredState.RecordAsync(_host.Services, chat))!;
        var result = CoachingInputs.From(record).Assess();
        foreach (var layer in result.Layers)
        {
            // Each layer's feedback came as its part ended; a later part (the supplements list names omega-3) can add a
            // detail since, never change the status its first sentence gives.
            var status = Messages.LayerFeedback(result, layer.Layer).Split(". ")[0];
            Assert.Contains(chat.Transcript, line => line.StartsWith("bot: " + status, StringComparison.Ordinal));
        }

        Assert.Contains(chat.Activities, IsPlanCard);
        var summary = await chat.SayAsync("yes");
        Assert.Equal(Text("commands", "afterPlan"), summary[^1]);
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "bonecoach-transcript.txt"), chat.Joined);
        return (chat, result);
    }

    private static bool IsPlanCard(System.Text.Json.JsonElement activity) => PlanCards.IsPlan(activity);
}
