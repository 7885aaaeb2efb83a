namespace BoneCoach.Assessment;

// The five layers, numbered as in the seed model. Plan order is a separate concern: see Hierarchy.
public enum Layer
{
    Loading,
    Endocrine,
    Substrate,
    Inflammation,
    Minerals,
}
