namespace Optimizer.Core.Strategies;

/// <summary>The acquisition a multi-objective GP strategy maximizes.</summary>
public enum MultiObjectiveAcquisition
{
    /// <summary>Noisy expected hypervolume improvement (Daulton et al. 2021): the best for 2-3 objectives.</summary>
    NoisyExpectedHypervolumeImprovement,

    /// <summary>ParEGO (Knowles 2006): LogNEI of a random augmented Chebyshev scalarization per proposal; cheap in any number of objectives.</summary>
    Parego,
}

/// <summary>
/// Settings of <see cref="MultiObjectiveGpStrategy"/> beyond those every GP strategy shares (<see cref="GpStrategyOptions"/>;
/// its initial design of d + 2 was better than 2d + 2 on all five multi-objective problems of the suite, bench/README.md);
/// the defaults are what the benchmarks measure.
/// </summary>
/// <param name="Acquisition">null: NEHVI for 2-3 objectives, ParEGO for more.</param>
/// <param name="ReferencePoint">hypervolume reference, one value per objective in its own direction; null: inferred from the feasible observations.</param>
/// <param name="ClosedForms">metrics computed from the parameters instead of modelled.</param>
public sealed record MultiObjectiveOptions(
    MultiObjectiveAcquisition? Acquisition = null,
    IReadOnlyList<double>? ReferencePoint = null,
    ClosedFormMetrics? ClosedForms = null) : GpStrategyOptions
{
    public ClosedFormMetrics Metrics => ClosedForms ?? ClosedFormMetrics.None;

    /// <summary>
    /// NEHVI only: sample the black-box constraints in NEHVI's posterior worlds, as BoTorch's qLogNEHVI does (each world's
    /// front holds the points feasible in it, each world's improvement weighted by the smoothed feasibility of its
    /// constraint samples, and the same acquisition before the first feasible observation), instead of multiplying NEHVI
    /// by the probability of feasibility. Off by default: bench/README.md has what it did on the suite.
    /// </summary>
    public bool SampledFeasibility { get; init; }
}
