using Optimizer.Core.Acquisition;
using Optimizer.Core.Models;
using Optimizer.Core.Optimization;
using Optimizer.Core.Outcomes;
using Optimizer.Core.Space;

namespace Optimizer.Core.Strategies;

/// <summary>
/// The pieces a <see cref="GaussianProcessStrategy"/> is composed of: its initial design, the objective's model, how
/// pending trials enter the posterior, what picks the next point from it, and where (the whole space or a trust region).
/// </summary>
/// <param name="DesignRule">which proposals are still design points.</param>
/// <param name="Pending">how the pending outcomes enter the posterior.</param>
/// <param name="TrustRegion">search each candidate in TuRBO-1's box around the incumbent; null: the whole space.</param>
/// <param name="HoldReportedErrors">the model holds each observation's noise at its reported error (<see cref="Objective.NoiseSdMetric"/>).</param>
internal sealed record GaussianProcessParts(IStrategy InitialDesign, InitialDesignRule DesignRule, OutcomeModel Model, PendingOutcomes Pending, ICandidateGenerator Generator,
    TrustRegionOptions? TrustRegion = null, bool HoldReportedErrors = false)
{
    // The model needs two successes before it takes over.
    private const int MinimumSuccesses = 2;

    /// <summary>The parts <paramref name="options"/> names: where the user's choices become components.</summary>
    public static GaussianProcessParts From(SearchSpace space, Objective objective, GaussianProcessOptions options, int seed)
    {
        var initialTrials = options.InitialTrialsFor(space.Dimension);
        ValidateSampling(options);
        IStrategy design = options.InitialDesign switch
        {
            InitialDesignKind.LatinHypercube => new LatinHypercubeStrategy(space, seed, initialTrials),
            _ => new SobolStrategy(space, seed),
        };
        var model = new OutcomeModel(
            new OutcomeModelSettings(
                objective.Direction == ObjectiveDirection.Minimize, options.LogWarp, options.PowerTransform, options.Refit, options.FitOptions,
                new HyperparameterSampling(options.HyperparameterSamples, options.HyperparameterSamplesBelow, options.HyperparameterSamplesKernelOnly),
                NoiseSd: options.HoldStatedNoise ? objective.NoiseSd : null),
            seed,
            $"objective '{objective.Name}'",
            options.Warn);
        ICandidateGenerator generator = options.Acquisition switch
        {
            AcquisitionKind.ThompsonSampling => new ThompsonSampling(space),
            AcquisitionKind.UpperConfidenceBound => new OptimizedAcquisition(space, p => new UpperConfidenceBound(p.Single(), options.UcbBeta), options.OptimizerOptions),
            AcquisitionKind.MaxValueEntropySearch => new OptimizedAcquisition(space, p => new MaxValueEntropySearch(p.Single()), options.OptimizerOptions),
            _ => new OptimizedAcquisition(space, p => IntegratedAcquisition.Over(p, posterior => new LogNoisyExpectedImprovement(posterior)), options.OptimizerOptions),
        };
        var designRule = new InitialDesignRule(
            initialTrials,
            options.DesignHandOutFactor is { } factor ? (int)Math.Ceiling(factor * initialTrials) : null,
            Math.Max(options.DesignMinimumFinished, MinimumSuccesses),
            MinimumSuccesses);
        var pending = options.Pending switch
        {
            PendingHandling.KrigingBeliever => PendingOutcomes.PosteriorMean,
            PendingHandling.LatentFantasies => PendingOutcomes.LatentSamples,
            PendingHandling.Fantasies => PendingOutcomes.NoisySamples,
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Pending, "unknown pending handling"),
        };
        return new GaussianProcessParts(design, designRule, model, pending, generator, options.TrustRegion, options.HoldReportedErrors);
    }

    private static void ValidateSampling(GaussianProcessOptions options)
    {
        if (options.HyperparameterSamples < 0)
            throw new ArgumentException($"HyperparameterSamples is {options.HyperparameterSamples}; use 0 (the MAP fit alone) or a positive count", nameof(options));
        if (options.HyperparameterSamples == 0) return;
        if (options.Acquisition != AcquisitionKind.LogNoisyExpectedImprovement)
            throw new ArgumentException($"HyperparameterSamples integrates LogNoisyExpectedImprovement only, not {options.Acquisition}; set it to 0 or use that acquisition", nameof(options));
        if (options.HyperparameterSamples > options.Worlds)
            throw new ArgumentException($"HyperparameterSamples ({options.HyperparameterSamples}) splits the {options.Worlds} Worlds among the samples, so it can be at most Worlds", nameof(options));
    }
}
