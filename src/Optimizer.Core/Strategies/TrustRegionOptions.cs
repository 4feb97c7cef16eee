namespace Optimizer.Core.Strategies;

/// <summary>
/// A trust region for <see cref="GaussianProcessStrategy"/>: each candidate is searched for inside a box around the
/// incumbent whose side grows after successes and shrinks after failures. Eriksson et al., "Scalable Global
/// Optimization via Local Bayesian Optimization", NeurIPS 2019 (TuRBO-1); the defaults are the paper's.
/// </summary>
/// <param name="InitialLength">the box's base side L in the unit cube at the start and after a restart.</param>
/// <param name="MaxLength">L never doubles past this.</param>
/// <param name="MinLength">L halved below this restarts the region at <paramref name="InitialLength"/>.</param>
/// <param name="SuccessTolerance">consecutive successes (improvements of the best by more than 1e-3 |best|) that double L.</param>
/// <param name="FailureTolerance">consecutive failures that halve L; null: max(4, d), TuRBO's ceil(max(4 / q, d / q)) with q = 1.</param>
public sealed record TrustRegionOptions(
    double InitialLength = 0.8,
    double MaxLength = 1.6,
    double MinLength = 0.0078125,
    int SuccessTolerance = 3,
    int? FailureTolerance = null)
{
    /// <summary>The consecutive failures that halve L in a space of encoded dimension <paramref name="dimension"/>.</summary>
    public int FailureToleranceFor(int dimension) => FailureTolerance ?? Math.Max(4, dimension);
}
