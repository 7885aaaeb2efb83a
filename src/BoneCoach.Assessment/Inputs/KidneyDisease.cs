namespace BoneCoach.Assessment;

// What she was told about her kidneys; the stage may also come from an eGFR (KDIGO 2024 staging).
public enum KidneyDisease
{
    None,
    // Stage 1–2: kidney disease with an eGFR of 60 or more.
    Mild,
    Stage3,
    Stage4Or5,
    // Kidney disease, stage not known: without an eGFR it may be stage 4–5.
    StageUnknown,
}
