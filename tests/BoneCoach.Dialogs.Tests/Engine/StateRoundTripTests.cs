using BoneCoach.Dialogs.Tests.Harness;
using Microsoft.Bot.Builder;
using static BoneCoach.Dialogs.Tests.Harness.Script;

namespace BoneCoach.Dialogs.Tests.Engine;

public class StateRoundTripTests
{
    [Fact]
    public async Task The_stack_is_stored_as_plain_json_without_type_names()
    {
        var harness = new DialogHarness(() => Root([Ask("text", "Name?"), Keep("name", "number", "Age?"), Echo()], new TextPrompt("text"), new NumberPrompt<int>("number")));

        await harness.Flow().Send("hi").AssertReply("Name?").Send("Ana").AssertReply("Age?").StartTestAsync();

        var json = new DialogStateReader(harness.Storage).Document().ToString();
        Assert.DoesNotContain("$type", json, StringComparison.Ordinal);
        var stack = new DialogStateReader(harness.Storage).Stack();
        Assert.Equal(RootId, (string?)stack[0]["id"]);
        var inner = stack[0]["state"]!["dialogs"]!["dialogStack"]!;
        Assert.Equal(["number", WaterfallId], inner.Select(i => (string?)i["id"]));
        Assert.Equal(1, (int)inner[1]!["state"]!["stepIndex"]!);
        Assert.Equal("Ana", (string?)inner[1]!["state"]!["values"]!["name"]);
    }

    [Fact]
    public async Task A_new_dialog_tree_on_the_same_storage_continues_where_the_user_stopped()
    {
        var storage = new JsonRoundTripStorage();
        Dialog Build() => Root([Ask("text", "Name?"), Keep("name", "number", "Age?"), Summary("age")], new TextPrompt("text"), new NumberPrompt<int>("number"));
        var before = new DialogHarness(Build, storage: storage);
        await before.Flow().Send("hi").AssertReply("Name?").Send("Ana").AssertReply("Age?").StartTestAsync();

        var afterRestart = new DialogHarness(Build, storage: storage);
        await afterRestart.Flow().Send("62").AssertReply("age=62, name=Ana").StartTestAsync();
    }

    [Fact]
    public async Task Typed_options_survive_storage_and_keep_changes_between_turns()
    {
        WaterfallStep askName = (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text($"Hello {step.GetOptions<Profile>()!.Greeting}, name?") }, ct);
        WaterfallStep keepName = (step, ct) =>
        {
            step.GetOptions<Profile>()!.Name = step.ResultAs<string>();
            return step.PromptAsync("number", new PromptOptions { Prompt = MessageFactory.Text("Age?") }, ct);
        };
        WaterfallStep report = async (step, ct) =>
        {
            var profile = step.GetOptions<Profile>()!;
            await step.Context.SendActivityAsync($"{profile.Greeting} {profile.Name} {step.ResultAs<long>()}", cancellationToken: ct);
            return await step.EndDialogAsync(profile, ct);
        };
        var root = () =>
        {
            var component = new ProfileRoot();
            component.AddDialog(new WaterfallDialog(WaterfallId, [askName, keepName, report]));
            component.AddDialog(new TextPrompt("text"));
            component.AddDialog(new NumberPrompt<int>("number"));
            return component;
        };
        var harness = new DialogHarness(root);

        await harness.Flow()
            .Send("hi").AssertReply("Hello friend, name?")
            .Send("Ana").AssertReply("Age?")
            .Send("62").AssertReply("friend Ana 62")
            .StartTestAsync();
    }

    [Fact]
    public async Task Asking_for_options_as_another_type_leaves_them_as_they_were()
    {
        // "Are these options a Pass?" (a step that serves two callers) must not turn a Profile into a Pass.
        WaterfallStep report = async (step, ct) =>
        {
            step.GetOptions<Profile>()!.Greeting = "Ana";
            var asPass = step.GetOptions<Pass>();
            await step.Context.SendActivityAsync($"{asPass?.Deep} {step.GetOptions<Profile>()!.Greeting}", cancellationToken: ct);
            return await step.EndDialogAsync(null, ct);
        };
        var harness = new DialogHarness(() =>
        {
            var component = new ProfileRoot();
            component.AddDialog(new WaterfallDialog(WaterfallId, [report]));
            return component;
        });

        await harness.Flow().Send("hi").AssertReply("False Ana").StartTestAsync();
    }

    public sealed class Pass
    {
        public bool Deep { get; set; }
    }

    public sealed class Profile
    {
        public string Greeting { get; set; } = "friend";

        public string? Name { get; set; }
    }

    private sealed class ProfileRoot : ComponentDialog
    {
        public ProfileRoot()
            : base(RootId)
        {
        }

        protected override Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken = default)
            => base.OnBeginDialogAsync(innerDc, new Profile(), cancellationToken);
    }
}
