namespace BoneCoach.Assessment;

// A red-flag question's answer: "not sure" counts as a possible yes (ask the clinician), never as no.
public enum YesNoNotSure
{
    No,
    Yes,
    NotSure,
}
