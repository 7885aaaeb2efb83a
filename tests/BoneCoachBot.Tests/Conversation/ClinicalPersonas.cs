namespace BoneCoachBot.Tests.Conversation;

/// <summary>
/// Issue 13's women, answer by answer in the order the first pass asks them, typed the way each would type: the clinical
/// review's whole conversations. Each was replayed against the running bot and its every reply read.
/// </summary>
public static class ClinicalPersonas
{
    // Onboarding answers by position (see Personas.Onboarding): the history list.
    private const int History = 5;

    private static IEnumerable<string> Rest(IEnumerable<string> loading, IEnumerable<string>? diet = null) =>
        loading.Concat(Personas.Hormones).Concat(diet ?? Personas.Diet).Concat(Personas.Inflammation).Concat(Personas.Minerals);

    private static IEnumerable<string> Onboarding(int index, params string[] answers) =>
        Personas.Onboarding.Take(index).Concat(answers).Concat(Personas.Onboarding.Skip(index + 1));

    // 71, fell twice this year (told in her own words at the history list), one fall bruised her hip, doesn't train:
    // the count "twice" is read back before it is kept.
    public static IEnumerable<string> Faller =>
    [
        .. Personas.Consent, "no nothing like that", "I'm 71", "68 kg", "5'3", "about 20 years ago",
        "I fell twice this year, once on the stairs", "no", "none", "none of those",
        "none", "none, my knees aren't good", "twice", "yes", "yes, I bruised my hip badly",
        "never took it", "maybe 2", "7 hours or so", "no",
        "2", "calcium and vitamin D", "600", "400 IU",
    ];

    // Has never lifted: the conversation tests' first persona.
    public static IEnumerable<string> Beginner => Personas.WeakLoadingStrongMinerals;

    // 66, a crush fracture found on an X-ray; a week of steroid tablets once (dose not known); light Pilates once a week.
    public static IEnumerable<string> SpineFracture =>
    [
        .. Personas.Consent, "nope", "66", "9 stone 4", "5 foot 2", "14 years ago",
        "I have a crush fracture in my back, found on an xray last year", "yes", "not sure, it was a week or so of tablets",
        "about a week", "no", "none of them",
        "i do pilates once a week", "light really", "none",
        "no never", "3", "6 hours, badly", "no",
        "2", "just vitamin D", "1000 IU",
    ];

    // 59, stage 4 kidney disease named in a sentence, then "yes, stage 4" with more words; trains moderately; calcium and
    // vitamin D prescribed by her kidney doctor.
    public static IEnumerable<string> KidneyStage4 =>
    [
        .. Personas.Consent, "no", "59", "150 lbs", "165cm", "2016", "none", "no",
        "my kidneys, I have chronic kidney disease", "yes, stage 4, my nephrologist keeps an eye on it", "none",
        "twice a week at the gym", "moderate", "none",
        "no", "one", "7 and a half", "no",
        "maybe 4", "calcium and vitamin D, prescribed by my kidney doctor", "1000mg", "2000 IU",
    ];

    // 63, a DEXA scan last spring with a T-score of -2.8 (read back), on alendronate, never lifted.
    public static IEnumerable<string> TScoreMinus2Point8 =>
    [
        .. Personas.Consent, "no", "63", "55kg", "160", "12 years ago",
        "I had a DEXA last spring", "no", "none", "it was minus 2.8 at the spine", "yes", "skip",
        "I take alendronate every week", "yes I'm on it now",
        "never", "no",
        "never", "2", "7", "no",
        "1", "calcium and vitamin d", "500", "800 IU",
    ];

    // Sudden severe back pain: loading pauses until a clinician has looked.
    public static IEnumerable<string> SuddenBackPain => Personas.Consent.Concat(Onboarding(History, "sudden severe back pain"))
        .Concat(Rest(Personas.Loading));

    // 62, eight years past menopause, no contraindication: after her plan (and the summary offer) she fine-tunes
    // hormones and asks for hormone therapy to be mentioned; no blood results to hand, no thyroid or steroid medicine.
    public static readonly string[] AsksAboutHormoneTherapy = ["fine-tune", "hormones", "none", "yes", "no", "no"];
}
