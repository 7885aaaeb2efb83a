namespace BoneCoach.Assessment;

// DOMAIN.md red flags: conditions that cause bone loss. Other = she named something not on the list.
[Flags]
public enum BoneLossConditions
{
    None = 0,
    Hyperparathyroidism = 1 << 0,
    OveractiveThyroid = 1 << 1,
    CoeliacOrInflammatoryBowelDisease = 1 << 2,
    BariatricSurgery = 1 << 3,
    EatingDisorder = 1 << 4,
    Type1Diabetes = 1 << 5,
    ChronicLiverDisease = 1 << 6,
    Other = 1 << 7,
}
