namespace Optimizer.Core.Strategies;

/// <summary>The acquisition function a GP strategy maximizes.</summary>
public enum AcquisitionKind
{
    /// <summary>Log noisy expected improvement over posterior worlds (the default).</summary>
    LogNoisyExpectedImprovement,

    /// <summary>Upper confidence bound with <see cref="GaussianProcessOptions.UcbBeta"/>.</summary>
    UpperConfidenceBound,

    /// <summary>Thompson sampling: the maximizer of one joint posterior sample over a scrambled-Sobol candidate set.</summary>
    ThompsonSampling,

    /// <summary>Max-value entropy search with Gumbel-drawn maxima, one per posterior world (a bench candidate, Wang and Jegelka 2017).</summary>
    MaxValueEntropySearch,
}

/// <summary>The space-filling design before the model takes over.</summary>
public enum InitialDesignKind
{
    /// <summary>Scrambled Sobol points (the default).</summary>
    Sobol,

    /// <summary>A Latin hypercube of the initial size.</summary>
    LatinHypercube,
}

/// <summary>How running trials enter a proposal.</summary>
public enum PendingHandling
{
    /// <summary>Joint posterior samples of the pending outcomes, one conditioned model per sample (the default).</summary>
    Fantasies,

    /// <summary>Kriging believer: the pending outcomes are taken to be the posterior mean (cheaper, greedier).</summary>
    KrigingBeliever,

    /// <summary>
    /// Joint posterior samples of the pending points' latent values, conditioned on without observation noise: the
    /// candidate is sampled jointly with the pending points, as in BoTorch's qLogNEI with X_pending.
    /// </summary>
    LatentFantasies,
}

/// <summary>
/// Settings of <see cref="GaussianProcessStrategy"/> beyond those every GP strategy shares (<see cref="GpStrategyOptions"/>);
/// the defaults are what the benchmarks measure.
/// </summary>
/// <param name="InitialDesign">scrambled Sobol or Latin hypercube.</param>
/// <param name="Acquisition">what picks the next point from the posterior.</param>
/// <param name="Pending">how running trials enter a proposal.</param>
/// <param name="UcbBeta">exploration weight of <see cref="AcquisitionKind.UpperConfidenceBound"/>.</param>
/// <param name="LogWarp">model log(y) when every observed value is positive (heavy-tailed metrics such as LUT counts).</param>
/// <param name="PowerTransform">fit a Yeo-Johnson transform to the outcomes (HEBO), which resolves the region near the optimum of skewed objectives.</param>
public sealed record GaussianProcessOptions(
    InitialDesignKind InitialDesign = InitialDesignKind.Sobol,
    AcquisitionKind Acquisition = AcquisitionKind.LogNoisyExpectedImprovement,
    PendingHandling Pending = PendingHandling.Fantasies,
    double UcbBeta = 4.0,
    bool LogWarp = false,
    bool PowerTransform = true) : GpStrategyOptions
{
    /// <summary>
    /// With many workers the initial design also ends once this many times its size have been handed out (finished plus
    /// running) and <see cref="DesignMinimumFinished"/> have finished; null: only once its size has finished. Up to
    /// d + 3 asynchronous workers never hand out twice the d + 2 design before it finishes: the default changes nothing for them.
    /// </summary>
    public double? DesignHandOutFactor { get; init; } = 2.0;

    /// <summary>Finished trials the <see cref="DesignHandOutFactor"/> ending needs (at least two successes in any case).</summary>
    public int DesignMinimumFinished { get; init; } = 2;

    /// <summary>Search each candidate inside a trust region around the incumbent (TuRBO-1); null: the whole space.</summary>
    public TrustRegionOptions? TrustRegion { get; init; }

    /// <summary>
    /// Posterior samples of the objective GP's hyper-parameters (slice sampling around the MAP fit) that LogNEI is
    /// integrated over, the <see cref="GpStrategyOptions.Worlds"/> split among them (Snoek et al., NeurIPS 2012), while
    /// the fit has fewer than <see cref="HyperparameterSamplesBelow"/> observations; 0: the MAP fit alone (the default).
    /// At most <see cref="GpStrategyOptions.Worlds"/>; only with <see cref="AcquisitionKind.LogNoisyExpectedImprovement"/>.
    /// </summary>
    public int HyperparameterSamples { get; init; }

    /// <summary>From this many observations on, the MAP fit alone even with <see cref="HyperparameterSamples"/> (so larger histories keep their latency).</summary>
    public int HyperparameterSamplesBelow { get; init; } = 128;

    /// <summary>
    /// Hold the objective GP's noise at the objective's stated <see cref="Outcomes.Objective.NoiseSd"/> instead of fitting
    /// it (off by default: on 16 noisy benchmark problems it was better on 6 and worse on 9, bench/README.md, tenth round;
    /// <see cref="Studies.Recommendation"/> always holds it).
    /// </summary>
    public bool HoldStatedNoise { get; init; }

    /// <summary>
    /// Hold each observation's noise at the error its trial reported (<see cref="Outcomes.Objective.NoiseSdMetric"/>; a
    /// failed trial's imputed value at the largest) instead of fitting one noise level, as Ax does with reported SEMs. On by
    /// default: on ten benchmark problems whose noise varies 10- to 50-fold over the space it was better at the median on
    /// all ten (0.25-1.0x the regret, bench/README.md, twelfth round).
    /// </summary>
    public bool HoldReportedErrors { get; init; } = true;

    /// <summary>With <see cref="HyperparameterSamples"/>, sample the length-scales and the output scale alone; the noise variance and the mean stay at the MAP fit's.</summary>
    public bool HyperparameterSamplesKernelOnly { get; init; }
}
