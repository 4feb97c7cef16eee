namespace Optimizer.Core.Acquisition;

/// <summary>
/// A log-space acquisition plus log P(feasible): log(a(x) P(feasible | x)) (Gardner et al. ICML 2014). With no base
/// acquisition (no feasible observation yet) it is the log probability of feasibility alone, so the search heads for
/// the feasible set.
/// </summary>
internal sealed class FeasibilityWeighted(IAcquisition? logAcquisition, FeasibilityTerm feasibility) : IAcquisition
{
    public double Evaluate(ReadOnlySpan<double> x, Span<double> gradient)
    {
        var value = 0.0;
        if (logAcquisition is not null) value = logAcquisition.Evaluate(x, gradient);
        else gradient.Clear();
        return value + feasibility.Evaluate(x, gradient);
    }
}
