namespace BoneCoach.Assessment;

// Heavy means a weight she can lift only about five times (LIFTMOR's >80–85% 1RM).
public enum StrengthIntensity
{
    Light,
    Moderate,
    Heavy,
}
