namespace BoneCoach.Assessment;

// A bone medicine (bisphosphonate, denosumab, romosozumab, teriparatide ...) now or in the past.
public enum BoneMedicine
{
    None,
    Current,
    Past,
    // Stopping denosumab without a plan risks rebound fractures (Endocrine Society 2020).
    StoppedDenosumab,
}
