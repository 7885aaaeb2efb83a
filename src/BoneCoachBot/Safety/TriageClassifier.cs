using System.Text.RegularExpressions;
using BoneCoachBot.Dialogs;
using Microsoft.Bot.Builder;

namespace BoneCoachBot.Safety;

/// <summary>
/// Sorts one message into emergency, crisis, urgent or none, from the phrases of dialogs/safety.json. Pure and fast:
/// it keeps nothing, logs nothing, and any string (null, empty, huge, any language) gets an answer.
/// </summary>
/// <remarks>
/// A sign counts only in its own sentence's context: denied shortly before ("no chest pain"), long past ("last year"),
/// about someone else ("my mother had chest pain"), or hypothetical ("what are the signs of a stroke?") it is dropped.
/// A recent past ("yesterday") or a habit ("when I climb stairs") turns an emergency into see-a-clinician-soon. The time
/// word nearest the sign decides its time, so "I broke my wrist last year and now my chest hurts" is read right. A
/// suspected break is an emergency only when the fall was not days ago: "fell on Sunday, wrist still swollen" is urgent.
/// A racing heart is an emergency only with a companion sign in the message ("and I feel faint"). Low mood that may
/// hide thoughts of suicide ("fed up with life") is <see cref="TriageClass.Distress"/>: she is asked about them.
/// A habit she calls ordinary ("breathless on the stairs, nothing new") is none for the signs the script allows.
/// Questions are not a context: "is this a heart attack?" is asked because something is happening.
/// </remarks>
public sealed class TriageClassifier(TriagePatterns patterns)
{
    public TriagePatterns Patterns { get; } = patterns;

    // A piece of a long message restarts this far before the previous one ended, so a sign cut in two by the end of one
    // piece is whole, with the words just before it ("no"), in the next.
    private const int PieceOverlap = 200;

    // Of a message longer than this, the beginning and the end are read, half of it each: a text that long was pasted,
    // and her own words come before or after it. It bounds the work: a 2,000-character piece dense with signs takes tens
    // of milliseconds, and 480 KB of "my chest is tight" took 22 s read whole.
    private const int MostRead = 2 * InputGuard.MaxAnswerLength;

    /// <summary>
    /// The triage of this turn's message, read once however many steps ask (the length gate, then the safety net): a long
    /// text is read in up to three pieces. Read again if the text has changed in between (a Teams mention removed).
    /// </summary>
    public TriageResult ClassifyTurn(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var text = turnContext.Activity.Text;
        if (turnContext.TurnState.Get<TurnTriage>(nameof(TurnTriage)) is { } known && known.Text == text)
        {
            return known.Result;
        }

        var result = Classify(text);
        turnContext.TurnState[nameof(TurnTriage)] = new TurnTriage(text, result);
        return result;
    }

    public TriageResult Classify(string? text)
    {
        var normalized = Patterns.Text.Normalize(text is { Length: > MostRead } ? text[..(MostRead / 2)] + "\n" + text[^(MostRead / 2)..] : text);
        // Past the patterns' budget, a message is read in pieces within it: a sign at its end still counts, and no match
        // scans more than a piece.
        return normalized.Length <= InputGuard.MaxAnswerLength
            ? ClassifyMessage(normalized)
            : TriageText.Pieces(normalized, InputGuard.MaxAnswerLength, PieceOverlap).Select(ClassifyMessage)
                .Aggregate(TriageResult.None, (best, found) => found.Class.Outranks(best.Class) ? found : best);
    }

    private TriageResult ClassifyMessage(string normalized)
    {
        var best = TriageResult.None;
        // What the message says around a sign is read only when a sentence holds one: most messages hold none.
        var message = new Lazy<MessageContext>(() => new MessageContext(normalized, Patterns), LazyThreadSafetyMode.None);
        foreach (var sentence in Patterns.Text.Sentences(normalized))
        {
            var found = ClassifySentence(sentence, message);
            if (found.Class.Outranks(best.Class))
            {
                best = found;
            }
        }

        return best;
    }

    /// <summary>
    /// Whether every one of <paramref name="words"/> in the message is said of someone else ("my mother had a stroke");
    /// false when none is found.
    /// </summary>
    public bool SaysOnlyOfOthers(string? text, PatternList words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var found = Patterns.Text.Sentences(Patterns.Text.Normalize(text))
            .SelectMany(sentence => words.Matches(sentence).Select(word => (Sentence: sentence, word.Match)))
            .ToList();
        return found.Count > 0 && found.All(f => IsSomeoneElse(f.Match, new SentenceContext(f.Sentence, Patterns)));
    }

    private TriageResult ClassifySentence(string sentence, Lazy<MessageContext> message)
    {
        SentenceContext? context = null;
        var best = TriageResult.None;
        foreach (var (index, match) in Patterns.SignPatterns.Matches(sentence))
        {
            var sign = Patterns.Signs[index];
            var found = Resolve(sign, match, context ??= new SentenceContext(sentence, Patterns), message.Value);
            if (found.Outranks(best.Class))
            {
                best = new TriageResult(found, sign.Sign);
            }
        }

        return best;
    }

    private TriageClass Resolve(SignPattern sign, Match match, SentenceContext context, MessageContext message)
    {
        var time = context.TimeOf(match);
        if (sign.Kind == SignKind.EmergencyForAnyone)
        {
            // "my husband has collapsed and isn't breathing": whoever it is, now is the time to call. Told as past or as
            // "what if", it is no emergency now.
            return time is SignTime.LongAgo or SignTime.Recent || IsDenied(match, context) || context.IsHypothetical ? TriageClass.None : TriageClass.Emergency;
        }

        if (time == SignTime.LongAgo || IsDenied(match, context) || (time != SignTime.Now && (context.IsHypothetical || IsSomeoneElse(match, context))))
        {
            return TriageClass.None;
        }

        // A racing heart alone is common and mostly harmless; with feeling faint, chest pain or breathlessness it is not.
        if (sign.Kind == SignKind.EmergencyWithCompanion && !message.Accompanies(sign.Sign))
        {
            return TriageClass.None;
        }

        var habit = time != SignTime.Now && context.IsHabitual;
        if (message.CallsItOrdinary && Patterns.CalmedWhenOrdinary.Contains(sign.Sign) && (habit || sign.Kind == SignKind.UrgentWhenRecent))
        {
            return TriageClass.None;
        }

        return sign.Kind switch
        {
            SignKind.Crisis => TriageClass.Crisis,
            SignKind.Distress => TriageClass.Distress,
            SignKind.EmergencyUnlessDaysAgo when message.PlacesDaysAgo => TriageClass.Urgent,
            SignKind.Emergency or SignKind.EmergencyUnlessDaysAgo or SignKind.EmergencyWithCompanion when time == SignTime.Recent || habit => TriageClass.Urgent,
            SignKind.Emergency or SignKind.EmergencyUnlessDaysAgo or SignKind.EmergencyWithCompanion => TriageClass.Emergency,
            SignKind.Urgent => TriageClass.Urgent,
            _ => time is SignTime.Recent or SignTime.Now ? TriageClass.Urgent : TriageClass.None,
        };
    }

    private bool IsDenied(Match sign, SentenceContext context) => Patterns.Denies(context.Sentence, sign);

    // Someone else named before the sign, with no "I" in between: "my husband can't breathe", not "I told my husband I can't breathe".
    // Spanish puts the person in the verb: "mi marido dice que hablo raro" is about her.
    private static readonly Regex FirstPerson = new(@"\b(i|i'm|i've|i'd|i'll|me|my|myself|yo|mi|mis|conmigo|estoy|tengo|puedo|hablo|siento|noto|veo)\b", TriagePatterns.Options);

    private bool IsSomeoneElse(Match sign, SentenceContext context) =>
        Patterns.OtherPerson.Matches(context.Sentence).Select(found => found.Match).Any(other =>
            other.Index + other.Length <= sign.Index && !IsSpanishHaber(other, context.Sentence)
            && !FirstPerson.IsMatch(context.Sentence[(other.Index + other.Length)..(sign.Index + sign.Length)]));

    // English "he" is Spanish "I have" before a participle: "he pensado en matarme", "me he caído".
    private static readonly Regex Participle = new(@"^ \w+(ado|ido|to|cho|so)\b", TriagePatterns.Options);

    private static bool IsSpanishHaber(Match other, string sentence) =>
        other.Value == "he" && Participle.IsMatch(sentence[(other.Index + other.Length)..]);

    // A turn's message and its triage, kept in the turn's state.
    private sealed record TurnTriage(string? Text, TriageResult Result);
}
