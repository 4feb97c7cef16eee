using Optimizer.Core.Models;
using Optimizer.Core.Outcomes;
using Optimizer.Core.Sampling;
using Optimizer.Core.Space;

namespace Optimizer.Core.Strategies;

/// <summary>
/// Where trials fail: a GP on the success indicator of every finished trial (1 complete, 0 failed), used as one more
/// black-box constraint (indicator at least 1/2), so proposals are weighted by the probability that they succeed.
/// Gelbart, Snoek and Adams, "Bayesian Optimization with Unknown Constraints", UAI 2014 (failures as a constraint).
/// </summary>
internal sealed class FailureModel
{
    private const string SucceededMetric = "succeeded";
    private const double SuccessThreshold = 0.5;

    private readonly ConstraintModels _models;

    // The indicator is a deterministic step: a noise prior near zero keeps it sharp where Gamma(1.1, 0.05) would blur it flat.
    public FailureModel(SearchSpace space, GpFitOptions fit, RefitSettings refit, int seed, Action<string>? warn) =>
        _models = new ConstraintModels(
            space, [new OutcomeConstraint(SucceededMetric, SuccessThreshold, null)], ClosedFormMetrics.None,
            fit with { NoisePrior = NoisePrior.LogNormalAtMinus4 }, refit, SeedMixer.Mix(seed, 2000), warn);

    /// <summary>
    /// The success indicator's model (its <see cref="FittedConstraints.Term"/> the probability-of-success term), from
    /// <paramref name="inputs"/> (n x d, encoded) of every finished trial in <paramref name="history"/>; null while no trial has failed.
    /// </summary>
    public FittedConstraints? Fit(IReadOnlyList<double[]> inputs, IReadOnlyList<Observation> history)
    {
        if (!history.Any(o => o.Failed)) return null;
        var indicators = history
            .Select(o => new Observation(o.Parameters, new Dictionary<string, double> { [SucceededMetric] = o.Failed ? 0.0 : 1.0 }))
            .ToList();
        return _models.Fit(inputs, indicators);
    }
}
