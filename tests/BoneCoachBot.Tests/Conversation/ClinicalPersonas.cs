namespace BoneCoachBot.Tests.Conversation;

/// <summary>Issue 13's women, answer by answer in the order the first pass asks: the clinical review's whole conversations.</summary>
public static class ClinicalPersonas
{
    // Onboarding answers by position (see Personas.Onboarding): the history list and the conditions list.
    private const int History = 5;
    private const int Conditions = 7;

    private static IEnumerable<string> Rest(IEnumerable<string> loading, IEnumerable<string>? diet = null) =>
        loading.Concat(Personas.Hormones).Concat(diet ?? Personas.Diet).Concat(Personas.Inflammation).Concat(Personas.Minerals);

    private static IEnumerable<string> Onboarding(int index, params string[] answers) =>
        Personas.Onboarding.Take(index).Concat(answers).Concat(Personas.Onboarding.Skip(index + 1));

    // Fell twice this year, doesn't train: strength, impact, then how many falls and whether one hurt her.
    public static IEnumerable<string> Faller => Personas.Consent.Concat(Onboarding(History, "a fall in the last 12 months"))
        .Concat(Rest(["none", "none", "2", "no"]));

    // Has never lifted: the conversation tests' first persona.
    public static IEnumerable<string> Beginner => Personas.WeakLoadingStrongMinerals;

    // A spine fracture a doctor told her about.
    public static IEnumerable<string> SpineFracture => Personas.Consent.Concat(Onboarding(History, "a spine fracture"))
        .Concat(Rest(Personas.Loading));

    // Stage 4 kidney disease (picked from the conditions list, then its stage), eating little protein.
    public static IEnumerable<string> KidneyStage4 => Personas.Consent.Concat(Onboarding(Conditions, "kidney disease", "stage 4"))
        .Concat(Rest(Personas.Loading, ["1"]));

    // The same woman answering the stage question in one message: "yes, stage 4" (issue 13: was kept as "stage not known").
    public static IEnumerable<string> KidneyYesStage4 => Personas.Consent.Concat(Onboarding(Conditions, "kidney disease", "yes, stage 4"))
        .Concat(Rest(Personas.Loading, ["1"]));

    // Had a scan (from the history list), a T-score of -2.8 (the diagnosis question is then not asked), never lifted.
    public static IEnumerable<string> TScoreMinus2Point8 => Personas.Consent.Concat(Onboarding(History, "a DEXA scan"))
        .Take(Personas.Consent.Length + Conditions + 1).Concat(["-2.8", "skip"]).Concat(Personas.Onboarding.Skip(Conditions + 1))
        .Concat(Rest(Personas.Loading));

    // Sudden severe back pain: loading pauses until a clinician has looked.
    public static IEnumerable<string> SuddenBackPain => Personas.Consent.Concat(Onboarding(History, "sudden severe back pain"))
        .Concat(Rest(Personas.Loading));

    // 62, eight years past menopause, no contraindication: after her plan (and the summary offer) she fine-tunes
    // hormones and asks for hormone therapy to be mentioned; no blood results to hand, no thyroid or steroid medicine.
    public static readonly string[] AsksAboutHormoneTherapy = ["fine-tune", "hormones", "none", "yes", "no", "no"];
}
