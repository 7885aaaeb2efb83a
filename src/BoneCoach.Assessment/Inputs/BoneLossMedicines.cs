namespace BoneCoach.Assessment;

// DOMAIN.md red flags: medicines that cause bone loss (steroid tablets are asked on their own). Other = not on the list.
[Flags]
public enum BoneLossMedicines
{
    None = 0,
    AromataseInhibitor = 1 << 0,
    EnzymeInducingAnticonvulsant = 1 << 1,
    LongTermProtonPumpInhibitor = 1 << 2,
    Pioglitazone = 1 << 3,
    LongTermHeparin = 1 << 4,
    TooMuchThyroidHormone = 1 << 5,
    Other = 1 << 6,
}
