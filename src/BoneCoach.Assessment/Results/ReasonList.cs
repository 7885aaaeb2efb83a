namespace BoneCoach.Assessment;

// Collects reasons for one layer in a fixed order, so the same answers always give the same list.
internal sealed class ReasonList
{
    private readonly List<Reason> _reasons = [];

    public IReadOnlyList<Reason> Items => _reasons;

    public void Add(ReasonCode code, Severity severity, params (FigureName Name, double Value)[] figures) =>
        _reasons.Add(new Reason(code, severity, figures.Select(f => new Figure(f.Name, f.Value)).ToArray()));
}
