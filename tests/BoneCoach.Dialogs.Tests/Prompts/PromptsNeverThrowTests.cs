using BoneCoach.Dialogs.Tests.Harness;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace BoneCoach.Dialogs.Tests.Prompts;

/// <summary>
/// Issue 20: no prompt may throw on any string a channel can send. Every prompt of the engine, behind a component whose
/// interruption hook runs every reader first (as a bot's own layer does), gets seeded generated messages through real
/// DialogSet turns; each turn must end without an exception and with a retry or a sane value.
/// </summary>
public class PromptsNeverThrowTests
{
    // Fixed, so a failure is the same on every run and on every machine; the message names it with the case.
    private const int Seed = 20_2026;
    private const int CasesPerPrompt = 120;

    private static readonly TimeProvider Clock = new FixedTimeProvider(new DateTimeOffset(2026, 3, 12, 9, 0, 0, TimeSpan.Zero));
    private static readonly IList<Choice> Colours = [new Choice("Red"), new Choice("Green") { Synonyms = ["verde"] }, new Choice("Blue")];
    private static readonly QuantityRules Weight = new() { TargetUnit = "kg", Min = 30, Max = 250 };
    private static readonly NumberRules Count = new() { Integer = true, Min = 0, Max = 50 };

    public static TheoryData<string> PromptNames => new(Prompts.Keys);

    // The strings of issue 20 and their relatives; rows name them by index (xunit folds lone surrogates in row names).
    private static readonly string[] Notorious =
        ["\uFFFE", "\uFFFF", "\uD800", "\uDC00", "62\uD83D", "\uDFFF62 kg", "\uD83F\uDFFE", "\uFDD0 yes", "\0\u202E\u0301", new string('\uD800', ChannelText.HugeLength)];

    /// <summary>Every notorious string through every prompt.</summary>
    public static TheoryData<string, int> NotoriousByPrompt
    {
        get
        {
            var data = new TheoryData<string, int>();
            foreach (var prompt in Prompts.Keys)
            {
                for (var i = 0; i < Notorious.Length; i++)
                {
                    data.Add(prompt, i);
                }
            }

            return data;
        }
    }

    private static readonly Dictionary<string, PromptCase> Prompts = new(StringComparer.Ordinal)
    {
        ["text"] = new(() => new TextPrompt("ask"), _ => { }, (value, sent) => value is string text && (text == sent || text == sent.Trim()) ? null : $"text {Describe(value)}"),
        ["double"] = new(() => new NumberPrompt<double>("ask"), _ => { }, (value, _) => value is double d && double.IsFinite(d) ? null : $"double {Describe(value)}"),
        ["int count"] = new(
            () => new NumberPrompt<int>("ask") { Navigation = NavigationCommands.EnglishAndSpanish },
            o => { o.Validations = Count; o.AllowUnknown = true; o.AllowSkip = true; },
            (value, _) => value is int n ? null : $"int {Describe(value)}"),
        ["decimal"] = new(() => new NumberPrompt<decimal>("ask"), o => o.Validations = new NumberRules { UnitFallback = false, Units = ["%"] }, (value, _) => value is decimal ? null : $"decimal {Describe(value)}"),
        ["float"] = new(() => new NumberPrompt<float>("ask"), _ => { }, (value, _) => value is float f && float.IsFinite(f) ? null : $"float {Describe(value)}"),
        ["long"] = new(() => new NumberPrompt<long>("ask"), _ => { }, (value, _) => value is long ? null : $"long {Describe(value)}"),
        ["confirm"] = new(() => new ConfirmPrompt("ask"), _ => { }, (value, _) => value is bool ? null : $"confirm {Describe(value)}"),
        ["choice"] = new(() => new ChoicePrompt("ask"), o => o.Choices = Colours, (value, _) => value is FoundChoice c && c.Index >= 0 && c.Index < Colours.Count && c.Value == Colours[c.Index].Value ? null : $"choice {Describe(value)}"),
        ["multi choice"] = new(() => new MultiChoicePrompt("ask"), o => o.Choices = Colours, (value, _) => value is ChosenSet set && set.Values.All(v => Colours.Any(c => c.Value == v)) && set.Values.Distinct().Count() == set.Values.Count ? null : $"multi {Describe(value)}"),
        ["quantity"] = new(() => new QuantityPrompt("ask", Weight), _ => { }, (value, _) => value is Quantity { Unit: "kg", Value: >= 30 and <= 250 } ? null : $"quantity {Describe(value)}"),
        ["frequency"] = new(() => new FrequencyPrompt("ask"), _ => { }, (value, _) => value is double perWeek && perWeek is >= 0 and <= 21 ? null : $"frequency {Describe(value)}"),
        ["date"] = new(() => new DatePrompt("ask", Clock, DateAnswerKind.DateOrRange), _ => { }, (value, _) => value is DateAnswer answer && !(answer.Start > answer.End) ? null : $"date {Describe(value)}"),
    };

    [Theory]
    [MemberData(nameof(PromptNames))]
    public async Task A_prompt_answers_any_generated_message_with_a_retry_or_a_sane_value(string prompt)
    {
        var random = new Random(Seed + Array.IndexOf([.. Prompts.Keys], prompt));
        for (var i = 0; i < CasesPerPrompt; i++)
        {
            var text = ChannelText.Next(random);
            var locale = random.Next(2) == 0 ? "en-US" : "es-ES";
            var asCard = random.Next(5) == 0;
            await RunCaseAsync(prompt, text, locale, asCard, $"seed {Seed}, case {i}");
        }
    }

    [Theory]
    [MemberData(nameof(NotoriousByPrompt))]
    public async Task A_prompt_answers_a_notorious_string_with_a_retry_or_a_sane_value(string prompt, int notorious)
    {
        var text = Notorious[notorious];
        await RunCaseAsync(prompt, text, "en-US", asCard: false, "notorious");
        await RunCaseAsync(prompt, text, "es-ES", asCard: true, "notorious, as a card");
    }

    private static async Task RunCaseAsync(string promptName, string text, string locale, bool asCard, string where)
    {
        var promptCase = Prompts[promptName];
        var harness = new DialogHarness(() => Component(promptCase, text), locale: locale);
        try
        {
            await harness.Flow()
                .Send("hi").AssertReply(_ => { })
                .Send(Message(text, locale, asCard)).AssertReply(reply => Assert.DoesNotContain("bad:", ((IMessageActivity)reply).Text ?? string.Empty, StringComparison.Ordinal))
                .StartTestAsync();
        }
        catch (Exception e)
        {
            Assert.Fail($"{promptName} ({where}, {locale}{(asCard ? ", card" : string.Empty)}) failed on {ChannelText.Escape(text)}: {e}");
        }
    }

    private static Activity Message(string text, string locale, bool asCard) => asCard
        ? new Activity(ActivityTypes.Message) { Value = new JObject { ["answer"] = text }, Locale = locale }
        : new Activity(ActivityTypes.Message) { Text = text, Locale = locale };

    private static Dialog Component(PromptCase promptCase, string sent)
    {
        var root = new EveryReaderFirst();
        root.AddDialog(new WaterfallDialog("flow", [Ask(promptCase), Check(promptCase, sent)]));
        root.AddDialog(promptCase.Prompt());
        return root;
    }

    private static WaterfallStep Ask(PromptCase promptCase) => (step, ct) =>
    {
        var options = new PromptOptions { Prompt = MessageFactory.Text("question?"), RetryPrompt = MessageFactory.Text("again?") };
        promptCase.Configure(options);
        return step.PromptAsync("ask", options, ct);
    };

    // Ends the flow saying "ok", or "bad: ..." when the prompt's value is not one it may return.
    private static WaterfallStep Check(PromptCase promptCase, string sent) => async (step, ct) =>
    {
        var problem = step.Result is PromptOutcome ? null : promptCase.Problem(step.Result, sent);
        await step.Context.SendActivityAsync(problem is null ? "ok" : $"bad: {problem}", cancellationToken: ct);
        return await step.EndDialogAsync(null, ct);
    };

    private static string Describe(object? value) => value is null ? "null" : $"{value.GetType().Name} {value}";

    private sealed record PromptCase(Func<Dialog> Prompt, Action<PromptOptions> Configure, Func<object?, string, string?> Problem);

    /// <summary>A bot's own interruption layer: every reader sees the message before the prompt does.</summary>
    private sealed class EveryReaderFirst : ComponentDialog
    {
        public EveryReaderFirst()
            : base("root")
        {
        }

        protected override Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
        {
            var activity = innerDc.Context.Activity;
            ReadEverything(activity.Text, activity.Locale ?? "en-US");
            return base.OnContinueDialogAsync(innerDc, cancellationToken);
        }

        private static void ReadEverything(string? text, string culture)
        {
            var slice = TextBudget.Slice(text);
            Assert.All(MentionFinder.Find(text, culture), m => Assert.InRange(m.Start + m.Length, m.Start, slice.Length));
            _ = NumberReader.Read(text, culture, new NumberRules { Integer = true, Min = 0, Cues = ["day"] });
            _ = QuantityParser.Read(text, culture);
            _ = FrequencyParser.ReadFrequency(text, culture);
            _ = CorrectionReader.Read(text, culture);
            _ = NotKnowing.Matches(text, noMeansUnknown: true);
            _ = NotKnowing.Admits(text);
            _ = NotKnowing.NeverHad(text);
            _ = ZeroWords.Matches(text);
            _ = ZeroWords.SaysNoLonger(text);
            _ = NoneWords.Matches(text);
            _ = Hedges.Strip(text);
            _ = ListedItems.Count(text, culture);
            _ = TextNormalizer.Words(text);
            _ = DateParser.Read(text, culture, new DateTime(2026, 3, 12, 0, 0, 0, DateTimeKind.Unspecified));
            _ = ChoiceMatcher.Match(text, Colours, culture);
            _ = MultiChoiceReader.Read(text, Colours, culture);
            _ = ConfirmWords.For(culture).Match(text);
        }
    }
}
