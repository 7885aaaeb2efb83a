using BoneCoach.Dialogs.Tests.Harness;
using Microsoft.Bot.Builder;
using static BoneCoach.Dialogs.Tests.Harness.Script;

namespace BoneCoach.Dialogs.Tests.Navigation;

public class BackAndSkipTests
{
    private static ComponentDialog ThreeQuestions() => Root(
        [Ask("text", "Name?"), Keep("name", "number", "Age?"), Keep("age", "confirm", "Ready?", o => o.Style = ListStyle.None), Summary("ready")],
        new TextPrompt("text") { Navigation = NavigationCommands.EnglishAndSpanish },
        new NumberPrompt<int>("number") { Navigation = NavigationCommands.EnglishAndSpanish },
        new ConfirmPrompt("confirm") { Navigation = NavigationCommands.EnglishAndSpanish });

    [Fact]
    public async Task Back_reasks_the_previous_question_and_replaces_its_answer()
    {
        var harness = new DialogHarness(ThreeQuestions);

        await harness.Flow()
            .Send("hi").AssertReply("Name?")
            .Send("Ana").AssertReply("Age?")
            .Send("62").AssertReply("Ready?")
            .Send("back").AssertReply("Age?")
            .Send("63").AssertReply("Ready?")
            .Send("yes").AssertReply("age=63, name=Ana, ready=yes")
            .StartTestAsync();
    }

    [Fact]
    public async Task Back_twice_goes_two_questions_back()
    {
        var harness = new DialogHarness(ThreeQuestions);

        await harness.Flow()
            .Send("hi").AssertReply("Name?")
            .Send("Ana").AssertReply("Age?")
            .Send("62").AssertReply("Ready?")
            .Send("back").AssertReply("Age?")
            .Send("go back").AssertReply("Name?")
            .Send("Ann").AssertReply("Age?")
            .Send("62").AssertReply("Ready?")
            .Send("sí").AssertReply("age=62, name=Ann, ready=yes")
            .StartTestAsync();
    }

    [Fact]
    public async Task Back_at_the_first_question_asks_it_again()
    {
        var harness = new DialogHarness(ThreeQuestions);

        await harness.Flow()
            .Send("hi").AssertReply("Name?")
            .Send("back").AssertReply("Name?")
            .Send("Ana").AssertReply("Age?")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_step_run_again_by_back_knows_it()
    {
        WaterfallStep askOrReask = (step, ct) => Ask("text", step.IsBack ? "Name again?" : "Name?")(step, ct);
        var harness = new DialogHarness(() => Root([askOrReask, Keep("name", "text", "City?"), Summary("city")], new TextPrompt("text") { Navigation = NavigationCommands.EnglishAndSpanish }));

        await harness.Flow()
            .Send("hi").AssertReply("Name?")
            .Send("Ana").AssertReply("City?")
            .Send("back").AssertReply("Name again?")
            .StartTestAsync();
    }

    [Fact]
    public async Task Skip_ends_an_optional_prompt_with_a_skipped_result()
    {
        var harness = new DialogHarness(() => Root([Ask("number", "Vitamin D level, if you know it?", o => o.AllowSkip = true), Echo()], new NumberPrompt<double>("number") { Navigation = NavigationCommands.EnglishAndSpanish }));

        await harness.Flow()
            .Send("hi").AssertReply("Vitamin D level, if you know it?")
            .Send("skip").AssertReply("got skipped")
            .StartTestAsync();

        Assert.IsType<Skipped>(harness.LastResult.Result);
    }

    [Fact]
    public async Task Skip_on_a_required_prompt_counts_as_an_answer_that_was_not_understood()
    {
        var harness = new DialogHarness(() => Root([Ask("number", "Age?", o => o.RetryPrompt = MessageFactory.Text("This one is needed: your age?")), Echo()], new NumberPrompt<int>("number") { Navigation = NavigationCommands.EnglishAndSpanish }));

        await harness.Flow()
            .Send("hi").AssertReply("Age?")
            .Send("skip").AssertReply("This one is needed: your age?")
            .Send("60").AssertReply("got 60")
            .StartTestAsync();
    }

    [Fact]
    public async Task An_interruption_hook_can_route_its_own_words_to_back_and_skip()
    {
        var harness = new DialogHarness(() => new RoutedCommandsDialog());

        await harness.Flow()
            .Send("hi").AssertReply("Name?")
            .Send("Ana").AssertReply("Nickname?")
            .Send("I'd rather not say").AssertReply("got skipped")
            .StartTestAsync();

        var back = new DialogHarness(() => new RoutedCommandsDialog());
        await back.Flow()
            .Send("hi").AssertReply("Name?")
            .Send("Ana").AssertReply("Nickname?")
            .Send("undo that").AssertReply("Name?")
            .StartTestAsync();
    }

    [Fact]
    public async Task Back_at_the_first_question_of_a_child_waterfall_can_return_to_the_parents_previous_question()
    {
        Dialog Build()
        {
            var root = Root(
                [(step, ct) => step.BeginDialogAsync("profile", null, ct), (step, ct) => step.BeginDialogAsync("loading", null, ct), Echo()],
                new TextPrompt("text") { Navigation = NavigationCommands.EnglishAndSpanish });
            root.AddDialog(new WaterfallDialog("profile", [Ask("text", "Name?"), (step, ct) => step.EndDialogAsync(step.Result, ct)]));
            root.AddDialog(new WaterfallDialog("loading", [Ask("text", "Which sport?"), (step, ct) => step.EndDialogAsync(step.Result, ct)]) { PassBackToParent = true });
            return root;
        }

        var harness = new DialogHarness(Build);

        await harness.Flow()
            .Send("hi").AssertReply("Name?")
            .Send("Ana").AssertReply("Which sport?")
            .Send("back").AssertReply("Name?")
            .Send("Ann").AssertReply("Which sport?")
            .Send("tennis").AssertReply("got tennis")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_prompt_takes_back_and_skip_as_answers_unless_it_is_given_navigation_words()
    {
        var harness = new DialogHarness(() => Root([Ask("text", "Name?"), Echo()], new TextPrompt("text")));

        await harness.Flow()
            .Send("hi").AssertReply("Name?")
            .Send("back").AssertReply("got back")
            .StartTestAsync();
    }

    [Fact]
    public async Task An_interruption_hook_can_tell_whether_back_reaches_an_earlier_question()
    {
        var harness = new DialogHarness(() => new RoutedCommandsDialog());

        await harness.Flow()
            .Send("hi").AssertReply("Name?")
            .Send("undo that").AssertReply("nothing to go back to")
            .Send("Ana").AssertReply("Nickname?")
            .Send("undo that").AssertReply("Name?")
            .StartTestAsync();
    }

    [Fact]
    public async Task The_child_context_of_a_component_reaches_its_inner_prompt()
    {
        var harness = new DialogHarness(() => new OuterDialog());

        await harness.Flow()
            .Send("hi").AssertReply("Name?")
            .Send("where").AssertReply("text")
            .StartTestAsync();
    }

    /// <summary>Prompts with navigation words off; the hook decides what counts as back and skip.</summary>
    private sealed class RoutedCommandsDialog : ComponentDialog
    {
        public RoutedCommandsDialog()
            : base(RootId)
        {
            AddDialog(new WaterfallDialog(WaterfallId, [Ask("text", "Name?"), Ask("text", "Nickname?", o => o.AllowSkip = true), Echo()]));
            AddDialog(new TextPrompt("text"));
        }

        protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
        {
            if (innerDc.Context.Activity.Text == "undo that" && !innerDc.CanGoBack())
            {
                await innerDc.Context.SendActivityAsync("nothing to go back to", cancellationToken: cancellationToken);
                return EndOfTurn;
            }

            return innerDc.Context.Activity.Text switch
            {
                "undo that" => await innerDc.GoBackAsync(cancellationToken),
                "I'd rather not say" when innerDc.CanSkip() => await innerDc.SkipAsync(cancellationToken),
                _ => await base.OnContinueDialogAsync(innerDc, cancellationToken),
            };
        }
    }

    /// <summary>A component around the three-question root; "where" names the active dialog of the innermost context.</summary>
    private sealed class OuterDialog : ComponentDialog
    {
        public OuterDialog()
            : base("outer")
        {
            AddDialog(ThreeQuestions());
        }

        protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
        {
            if (innerDc.Context.Activity.Text != "where")
            {
                return await base.OnContinueDialogAsync(innerDc, cancellationToken);
            }

            var innermost = innerDc;
            while (innermost.Child is { } child)
            {
                innermost = child;
            }

            await innerDc.Context.SendActivityAsync(innermost.ActiveDialog!.Id, cancellationToken: cancellationToken);
            return EndOfTurn;
        }
    }

}
