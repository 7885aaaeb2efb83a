namespace BoneCoachBot.Tests.Conversation;

/// <summary>Issue 13's women, answer by answer in script order: the clinical review's whole conversations.</summary>
public static class ClinicalPersonas
{
    // Onboarding answers by position (see Personas.Onboarding): kidney disease, T-score, osteoporosis diagnosis.
    private const int Kidney = 11;
    private const int TScore = 12;
    private const int OsteoporosisDiagnosis = 19;

    private static IEnumerable<string> Rest(IEnumerable<string> loading, IEnumerable<string>? diet = null) =>
        loading.Concat(Personas.Hormones).Concat(diet ?? Personas.Diet).Concat(Personas.Inflammation).Concat(Personas.Minerals);

    private static IEnumerable<string> Onboarding(int index, string answer, int? drop = null) =>
        Personas.Onboarding.Select((a, i) => i == index ? answer : a).Where((_, i) => i != drop);

    // Fell twice this year, doesn't train, walks daily, no balance work.
    public static IEnumerable<string> Faller => Personas.Consent.Concat(Personas.Onboarding)
        .Concat(Rest(["none", "none", "every day", "none", "yes", "2", "no", "no", "no", "no", "no"]));

    // Has never lifted: the conversation tests' first persona.
    public static IEnumerable<string> Beginner => Personas.WeakLoadingStrongMinerals;

    // A spine fracture a doctor told her about; walks daily.
    public static IEnumerable<string> SpineFracture => Personas.Consent.Concat(Personas.Onboarding)
        .Concat(Rest(["none", "none", "every day", "none", "no", "no", "yes", "no", "no"]));

    // Stage 4 kidney disease, eating little protein.
    public static IEnumerable<string> KidneyStage4 => Personas.Consent.Concat(Onboarding(Kidney, "stage 4"))
        .Concat(Rest(Personas.Loading, ["skip", "1", "no"]));

    // The same woman answering the kidney question in one message: "yes, stage 4" (issue 13: was kept as "stage not known").
    public static IEnumerable<string> KidneyYesStage4 => Personas.Consent.Concat(Onboarding(Kidney, "yes, stage 4"))
        .Concat(Rest(Personas.Loading, ["skip", "1", "no"]));

    // A T-score of -2.8 (the diagnosis question is then not asked), never lifted.
    public static IEnumerable<string> TScoreMinus2Point8 => Personas.Consent.Concat(Onboarding(TScore, "-2.8", OsteoporosisDiagnosis))
        .Concat(Rest(Personas.Loading));

    // Sudden severe back pain: loading pauses until a clinician has looked.
    public static IEnumerable<string> SuddenBackPain => Personas.Consent.Concat(Personas.Onboarding)
        .Concat(Rest(["none", "none", "every day", "none", "no", "no", "no", "yes", "no"]));

    // 62, eight years past menopause, no contraindication, and she asks for hormone therapy to be mentioned.
    public static IEnumerable<string> AsksAboutHormoneTherapy => Personas.Consent.Concat(Personas.Onboarding).Concat(Personas.Loading)
        .Concat(["never", "none of these", "yes", "30 ng/ml", "skip", "skip", "no"])
        .Concat(Personas.Diet).Concat(Personas.Inflammation).Concat(Personas.Minerals);
}
