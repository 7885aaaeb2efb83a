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
}
