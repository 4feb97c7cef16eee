using Optimizer.Core.Numerics;

namespace Optimizer.Core.Acquisition;

/// <summary>
/// log P(every constraint holds at x): for a constraint with its own GP, log P(l &lt;= f(x) &lt;= u) under the Gaussian
/// posterior (Gardner et al., "Bayesian Optimization with Inequality Constraints", ICML 2014, eq. 5; independent GPs, so
/// the log probabilities add); for a closed-form constraint, the log of a sigmoid of its violation with temperature
/// 1e-3 in standardized units (as BoTorch's smooth feasibility indicator), which keeps pulling toward the feasible set.
/// Bounds are in the model units of each outcome.
/// </summary>
internal sealed class FeasibilityTerm(IReadOnlyList<ModelledConstraint> modelled, IReadOnlyList<ClosedFormConstraint> closedForms)
{
    private const double Temperature = 1e-3;

    public bool IsEmpty => modelled.Count == 0 && closedForms.Count == 0;

    /// <summary>log P(every constraint of both terms holds): the constraints are independent, so the terms add.</summary>
    public FeasibilityTerm And(FeasibilityTerm? other) =>
        other is null ? this : new FeasibilityTerm([.. modelled, .. other.Modelled], [.. closedForms, .. other.ClosedForms]);

    private IReadOnlyList<ModelledConstraint> Modelled => modelled;

    private IReadOnlyList<ClosedFormConstraint> ClosedForms => closedForms;

    /// <summary>The log probability at <paramref name="x"/>; adds its gradient to <paramref name="gradient"/> unless empty.</summary>
    public double Evaluate(ReadOnlySpan<double> x, Span<double> gradient)
    {
        var total = 0.0;
        Span<double> mean = stackalloc double[1];
        Span<double> meanWeight = stackalloc double[1];
        foreach (var constraint in modelled)
        {
            var workspace = constraint.Posterior.CreateWorkspace();
            var sigma = constraint.Posterior.Evaluate(x, mean, workspace);
            var (logP, dMean, dSigma) = LogProbabilityWithin(mean[0], sigma, constraint.Lower, constraint.Upper);
            total += logP;
            if (gradient.IsEmpty) continue;
            meanWeight[0] = dMean;
            constraint.Posterior.AddGradient(x, meanWeight, dSigma, sigma, workspace, gradient);
        }
        var local = gradient.IsEmpty ? [] : new double[x.Length];
        foreach (var constraint in closedForms)
        {
            var value = constraint.Outcome.Evaluate(x, local);
            var dValue = 0.0;
            if (constraint.Upper is { } upper) total += LogSigmoidOfViolation(value - upper, 1.0, ref dValue);
            if (constraint.Lower is { } lower) total += LogSigmoidOfViolation(lower - value, -1.0, ref dValue);
            if (gradient.IsEmpty) continue;
            for (var i = 0; i < gradient.Length; i++) gradient[i] += dValue * local[i];
        }
        return total;
    }

    // log sigmoid(-v / T) = -softplus(v / T); d/dv = -sigmoid(v / T) / T, times dv/dvalue.
    private static double LogSigmoidOfViolation(double violation, double dViolation, ref double dValue)
    {
        var t = violation / Temperature;
        dValue -= dViolation / (1.0 + Math.Exp(-t)) / Temperature;
        return t > 0 ? -(t + double.LogP1(Math.Exp(-t))) : -double.LogP1(Math.Exp(t));
    }

    /// <summary>log P(lower &lt;= f &lt;= upper) for f ~ N(mean, sigma^2) and its derivatives in mean and sigma.</summary>
    internal static (double LogP, double DMean, double DSigma) LogProbabilityWithin(double mean, double sigma, double? lower, double? upper)
    {
        if (lower is null && upper is null) return (0.0, 0.0, 0.0);
        if (lower is null || upper is null)
        {
            // One bound: log Phi(z) with z = (u - m) / s, or z = (m - l) / s.
            var z = upper is { } u ? (u - mean) / sigma : (mean - lower!.Value) / sigma;
            var dz = NormalDistribution.DLogCdf(z);
            return (NormalDistribution.LogCdf(z), dz * (upper is null ? 1.0 : -1.0) / sigma, -dz * z / sigma);
        }
        var a = (lower.Value - mean) / sigma;
        var b = (upper.Value - mean) / sigma;
        var p = NormalDistribution.Cdf(b) - NormalDistribution.Cdf(a);
        if (p < 1e-300)
        {
            // Far in one tail the narrower one-sided probability is the whole story.
            return mean > upper ? LogProbabilityWithin(mean, sigma, null, upper) : LogProbabilityWithin(mean, sigma, lower, null);
        }
        var (pa, pb) = (NormalDistribution.Pdf(a), NormalDistribution.Pdf(b));
        return (Math.Log(p), (pa - pb) / (sigma * p), (a * pa - b * pb) / (sigma * p));
    }
}

/// <summary>A constraint with its own GP (posterior with the pending points believed), bounds in model units.</summary>
internal sealed record ModelledConstraint(Models.FantasyPosterior Posterior, double? Lower, double? Upper);

/// <summary>A constraint known in closed form, bounds in the outcome's model units.</summary>
internal sealed record ClosedFormConstraint(ClosedFormOutcome Outcome, double? Lower, double? Upper);
