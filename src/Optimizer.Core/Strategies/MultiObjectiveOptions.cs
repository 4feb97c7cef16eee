using Optimizer.Core.Models;
using Optimizer.Core.Optimization;

namespace Optimizer.Core.Strategies;

/// <summary>The acquisition a multi-objective GP strategy maximizes.</summary>
public enum MultiObjectiveAcquisition
{
    /// <summary>Noisy expected hypervolume improvement (Daulton et al. 2021): the best for 2-3 objectives.</summary>
    NoisyExpectedHypervolumeImprovement,

    /// <summary>ParEGO (Knowles 2006): LogNEI of a random augmented Chebyshev scalarization per proposal; cheap in any number of objectives.</summary>
    Parego,
}

/// <summary>Settings of <see cref="MultiObjectiveGpStrategy"/>; the defaults are what the benchmarks measure.</summary>
/// <param name="InitialTrials">scrambled-Sobol trials before the models take over; null: d + 2 (better than 2d + 2 on all five multi-objective problems of the suite, bench/README.md).</param>
/// <param name="Acquisition">null: NEHVI for 2-3 objectives, ParEGO for more.</param>
/// <param name="ReferencePoint">hypervolume reference, one value per objective in its own direction; null: inferred from the feasible observations.</param>
/// <param name="ClosedForms">metrics computed from the parameters instead of modelled.</param>
/// <param name="Worlds">quasi-Monte-Carlo posterior samples (worlds) of the outcomes at the baseline and pending points.</param>
/// <param name="RefitInterval">each GP refits its hyper-parameters every max(1, n / RefitInterval) observations.</param>
public sealed record MultiObjectiveOptions(
    int? InitialTrials = null,
    MultiObjectiveAcquisition? Acquisition = null,
    IReadOnlyList<double>? ReferencePoint = null,
    ClosedFormMetrics? ClosedForms = null,
    int Worlds = 32,
    int RefitInterval = 100,
    GpFitOptions? Fit = null,
    AcquisitionOptimizerOptions? Optimizer = null)
{
    public GpFitOptions FitOptions => Fit ?? new GpFitOptions();

    public AcquisitionOptimizerOptions OptimizerOptions => Optimizer ?? new AcquisitionOptimizerOptions();

    public ClosedFormMetrics Metrics => ClosedForms ?? ClosedFormMetrics.None;
}
