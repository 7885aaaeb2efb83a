namespace BoneCoach.Assessment;

// Where she is on the strength ladder; the check-ins progress each stage its own way.
public enum StrengthStage
{
    // Falls, a spine or low-trauma fracture, osteoporosis: 8–12 reps, physiotherapist-led; weight goes up only with them.
    Gentle,
    // New to lifting: technique and 8–12 reps (1–3 sets), building over weeks (Too Fit to Fracture).
    Technique,
    // After the lead-in: LIFTMOR's 5 × 5 at a weight she can lift about 5 times, preferably supervised.
    Heavy,
}
