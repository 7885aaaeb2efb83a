namespace BoneCoach.Dialogs;

/// <summary>How an inline or numbered list of choices is written, as the SDK's ChoiceFactoryOptions; null takes the default.</summary>
public class ChoiceFactoryOptions
{
    public ChoiceFactoryOptions()
    {
    }

    public ChoiceFactoryOptions(string? inlineSeparator, string? inlineOr, string? inlineOrMore, bool? includeNumbers)
    {
        InlineSeparator = inlineSeparator;
        InlineOr = inlineOr;
        InlineOrMore = inlineOrMore;
        IncludeNumbers = includeNumbers;
    }

    /// <summary>Between inline choices: ", ".</summary>
    public string? InlineSeparator { get; set; }

    /// <summary>Between the only two inline choices: " or ".</summary>
    public string? InlineOr { get; set; }

    /// <summary>Before the last of three or more inline choices: ", or ".</summary>
    public string? InlineOrMore { get; set; }

    /// <summary>Number the choices ("(1) Yes", "1. Yes"); false writes "- Yes" in a list. A confirm prompt then takes only yes/no words, not "1"/"2" nor "the first one" (as in the SDK).</summary>
    public bool? IncludeNumbers { get; set; }

    /// <summary>The SDK's words for a locale: English, else Spanish ("o") for es-*.</summary>
    public static ChoiceFactoryOptions For(string culture) =>
        culture.StartsWith("es", StringComparison.OrdinalIgnoreCase) ? new(", ", " o ", ", o ", true) : new(", ", " or ", ", or ", true);
}
