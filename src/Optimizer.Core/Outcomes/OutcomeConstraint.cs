namespace Optimizer.Core.Outcomes;

/// <summary>A metric that must stay within [Min, Max] (either bound optional) for a trial to be feasible.</summary>
public sealed record OutcomeConstraint(string Name, double? Min, double? Max)
{
    public bool IsSatisfiedBy(double value) =>
        (Min is not { } lo || value >= lo) && (Max is not { } hi || value <= hi);
}
