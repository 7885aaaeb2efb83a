namespace BoneCoach.Assessment;

// DOMAIN.md L2 (NAMS 2022; NICE): any of these means hormone therapy is never suggested.
[Flags]
public enum HormoneTherapyContraindications
{
    None = 0,
    UndiagnosedGenitalBleeding = 1 << 0,
    EstrogenDependentCancer = 1 << 1,
    VenousThromboembolism = 1 << 2,
    Stroke = 1 << 3,
    HeartAttack = 1 << 4,
    LiverDisease = 1 << 5,
    Thrombophilia = 1 << 6,
    // Angina or coronary heart disease (DOMAIN.md red flags).
    CoronaryHeartDisease = 1 << 7,
    // She was not sure: a possible contraindication, so her clinician decides.
    NotSure = 1 << 8,
}
