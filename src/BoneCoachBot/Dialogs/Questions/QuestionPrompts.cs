using BoneCoach.Assessment;
using BoneCoach.Dialogs;
using BoneCoachBot.ChannelRendering;
using BoneCoachBot.Commands;
using BoneCoachBot.Script;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace BoneCoachBot.Dialogs.Questions;

/// <summary>One prompt per answer type, and the PromptOptions a scripted question is asked with.</summary>
public static class QuestionPrompts
{
    public const string Number = "numberPrompt";
    public const string Quantity = "quantityPrompt";
    public const string Frequency = "frequencyPrompt";
    public const string Duration = "durationPrompt";
    public const string Choice = "choicePrompt";
    public const string MultiChoice = "multiChoicePrompt";
    public const string YesNo = "yesNoPrompt";
    public const string Text = "textPrompt";

    // Cross-dimension conversions the unit catalogue leaves to the caller; factors from the core (DOMAIN.md).
    public static readonly IReadOnlyList<UnitConversion> Conversions =
    [
        new("ng/mL", "nmol/L", (decimal)Units.VitaminDNgPerMlToNmolPerL(1)),
        new("µg", "IU", (decimal)Units.VitaminDMicrogramsToIu(1)),
    ];

    /// <summary>Adds the prompts to a dialog's set. Back and skip words come from dialogs/commands.json, so the prompts' own are off.</summary>
    public static void AddTo(ComponentDialog dialog, QuestionAsking asking)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        ArgumentNullException.ThrowIfNull(asking);
        var checks = asking.Checks;
        dialog.AddDialog(new NumberPrompt<double>(Number, checks.NumberAsync) { Navigation = NavigationCommands.None });
        dialog.AddDialog(new AmountPrompt(Quantity, checks.QuantityAsync) { Navigation = NavigationCommands.None });
        dialog.AddDialog(new FrequencyPrompt(Frequency, checks.NumberAsync) { Navigation = NavigationCommands.None, MaxPerWeek = 1000 });
        dialog.AddDialog(new DatePrompt(Duration, asking.Time, DateAnswerKind.Any, checks.DurationAsync) { Navigation = NavigationCommands.None });
        dialog.AddDialog(new ChoicePrompt(Choice, checks.UnderstoodAsync) { Navigation = NavigationCommands.None, Style = ChannelChoices.Style });
        dialog.AddDialog(new MultiChoicePrompt(MultiChoice, checks.UnderstoodAsync)
        {
            Navigation = NavigationCommands.None,
            // In the turn's language (the catalog reads the script per call), not the language of start-up.
            DoneLabel = () => asking.Commands.Text(DeepenTextKeys.MultiChoiceDone),
            NoneLabel = () => asking.Commands.Text(DeepenTextKeys.NoneOfThese),
        });
        dialog.AddDialog(new ConfirmPrompt(YesNo, checks.UnderstoodAsync) { Navigation = NavigationCommands.None, Style = ChannelChoices.Style });
        dialog.AddDialog(new TextPrompt(Text) { Navigation = NavigationCommands.None });
    }

    public static string IdFor(AnswerType type) => type switch
    {
        AnswerType.Number => Number,
        AnswerType.Quantity => Quantity,
        AnswerType.Frequency => Frequency,
        AnswerType.Duration => Duration,
        AnswerType.Choice => Choice,
        AnswerType.MultiChoice => MultiChoice,
        AnswerType.YesNo => YesNo,
        _ => Text,
    };

    /// <summary>
    /// The question as PromptOptions. <paramref name="relaxed"/> is the second round after three unusable answers:
    /// skip is allowed and offered, so she is never stuck in a loop.
    /// </summary>
    public static PromptOptions Options(QuestionScript question, QuestionAsking asking, bool relaxed, bool imperial = false)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(asking);
        var answer = question.Answer;
        var prompt = MessageFactory.Text(question.Ask, question.Ask, InputHints.ExpectingInput);
        if (relaxed && answer.Type is not (AnswerType.Choice or AnswerType.MultiChoice or AnswerType.YesNo))
        {
            prompt.SuggestedActions = new SuggestedActions { Actions = [Action(asking, "skip"), Action(asking, "help")] };
        }

        return new PromptOptions
        {
            Prompt = prompt,
            RetryPrompt = RetryPrompt(question, asking, imperial),
            Choices = answer.Type is AnswerType.Choice or AnswerType.MultiChoice
                ? answer.Choices.Select(c => new Choice(c.Title, [.. c.Synonyms, c.Value])).ToList()
                : null,
            AllowSkip = question.Optional || relaxed,
            Validations = answer.Type == AnswerType.Quantity
                ? Rules(answer, asking)
                : new AnswerRange { Min = answer.Min, Max = answer.Max, Integer = answer.Integer, PerDay = asking.CountsPerDay(question) },
        };
    }

    // Never the question word for word: its retry (or what we didn't catch, with an example in her units), and buttons.
    private static Activity RetryPrompt(QuestionScript question, QuestionAsking asking, bool imperial)
    {
        var text = question.Retry ?? asking.Retry.DidntCatch(question, imperial);
        var retry = MessageFactory.Text(text, text, InputHints.ExpectingInput);
        if (asking.Retry.Buttons(question) is { Count: > 0 } buttons)
        {
            retry.SuggestedActions = new SuggestedActions { Actions = buttons };
        }

        return retry;
    }

    private static QuantityRules Rules(AnswerSpec answer, QuestionAsking asking)
    {
        var rules = new QuantityRules
        {
            TargetUnit = answer.Unit!,
            Min = (decimal?)answer.Min,
            Max = (decimal?)answer.Max,
            Decimals = 1,
            WhichUnitQuestion = asking.Commands.Text(CommandTextKeys.WhichUnit),
            WrongUnitMessage = asking.Commands.Text(CommandTextKeys.WrongUnit),
        };
        foreach (var unit in answer.Accepts)
        {
            rules.BareNumberUnits.Add(unit);
        }

        foreach (var conversion in Conversions)
        {
            rules.Conversions.Add(conversion);
        }

        return rules;
    }

    private static CardAction Action(QuestionAsking asking, string commandId)
    {
        var phrase = asking.Commands.Script.Commands.First(c => c.Id == commandId).Phrases[0];
        return new CardAction(ActionTypes.ImBack, phrase, value: phrase);
    }
}
