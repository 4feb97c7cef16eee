using Optimizer.Core.Models;
using Optimizer.Core.Optimization;
using Optimizer.Core.Problems;
using Optimizer.Core.Strategies;

namespace Optimizer.Bench;

/// <summary>The strategies the bench knows, by name: a new one is one line here. A factory gets the problem (space and objectives) and the seed.</summary>
public static class StrategyRegistry
{
    private static readonly Dictionary<string, Func<IProblem, int, IStrategy>> Factories = new()
    {
        ["random"] = (problem, seed) => new RandomStrategy(problem.Space, seed),
        ["sobol"] = (problem, seed) => new SobolStrategy(problem.Space, seed),
        ["gp"] = (problem, seed) => GaussianProcess(problem, new GaussianProcessOptions(), seed),
        ["gp-latent"] = (problem, seed) => GaussianProcess(problem, new GaussianProcessOptions(Pending: PendingHandling.LatentFantasies), seed),
        // The problem's noise sd stated on its objective (Objective.NoiseSd), as a user who knows the measurement error
        // would, and held by the proposals' GP (a candidate; with --score recommended-stated the recommendation holds it too).
        ["gp-stated-noise"] = (problem, seed) => StatedNoise(problem, new GaussianProcessOptions { HoldStatedNoise = true }, seed),
        // The objective as a user who knows the noise states it (noise_sd or noise_sd_metric), with the default options: a
        // stated sd is used by the recommendation alone, reported errors by the proposals too.
        ["gp-as-stated"] = (problem, seed) => StatedNoise(problem, new GaussianProcessOptions(), seed),
        ["gp-reported-errors-fitted"] = (problem, seed) => StatedNoise(problem, new GaussianProcessOptions { HoldReportedErrors = false }, seed),
        ["gp-stated-noise-latent"] = (problem, seed) => StatedNoise(problem, new GaussianProcessOptions(Pending: PendingHandling.LatentFantasies) { HoldStatedNoise = true }, seed),
        ["gp-kb"] = (problem, seed) => GaussianProcess(problem, new GaussianProcessOptions(Pending: PendingHandling.KrigingBeliever), seed),
        ["gp-ucb"] = (problem, seed) => GaussianProcess(problem, new GaussianProcessOptions(Acquisition: AcquisitionKind.UpperConfidenceBound), seed),
        ["gp-mes"] = (problem, seed) => GaussianProcess(problem, new GaussianProcessOptions(Acquisition: AcquisitionKind.MaxValueEntropySearch), seed),
        ["gp-ts"] = (problem, seed) => GaussianProcess(problem, new GaussianProcessOptions(Acquisition: AcquisitionKind.ThompsonSampling), seed),
        // The defaults' two departures from BoTorch's, undone: Hvarfner et al.'s length-scale prior, then also no output
        // power transform and a 2d + 2 initial design.
        ["gp-hvarfner"] = (problem, seed) => GaussianProcess(problem, new GaussianProcessOptions { Fit = new GpFitOptions(LengthscalePrior: LengthscalePrior.Hvarfner2024) }, seed),
        ["gp-plain"] = (problem, seed) => GaussianProcess(problem, new GaussianProcessOptions(PowerTransform: false)
        {
            InitialTrials = 2 * problem.Space.Dimension + 2,
            Fit = new GpFitOptions(LengthscalePrior: LengthscalePrior.Hvarfner2024),
        }, seed),
        // BoTorch 0.11's SingleTaskGP set-up as the suite's references ran it (no power transform, 2d + 2 design, noise
        // floor 1e-4), with our fantasies of pending points, then with BoTorch's X_pending (latent fantasies).
        ["gp-botorch-replica"] = (problem, seed) => GaussianProcess(problem, BoTorchReplica(problem, PendingHandling.Fantasies), seed),
        ["gp-botorch-replica-latent"] = (problem, seed) => GaussianProcess(problem, BoTorchReplica(problem, PendingHandling.LatentFantasies), seed),
        // Candidate defaults, measured on the whole suite before any becomes one (bench/README.md records what each did).
        ["gp-restarts10"] = (problem, seed) => GaussianProcess(problem, new GaussianProcessOptions
        {
            Optimizer = new AcquisitionOptimizerOptions(RawSamples: 2048, Restarts: 10),
        }, seed),
        ["gp-spread"] = (problem, seed) => GaussianProcess(problem, new GaussianProcessOptions
        {
            Optimizer = new AcquisitionOptimizerOptions(Restarts: 10, BoltzmannStarts: true),
        }, seed),
        ["gp-init2d"] = (problem, seed) => GaussianProcess(problem, new GaussianProcessOptions { InitialTrials = 2 * problem.Space.Dimension + 2 }, seed),
        ["gp-floor4"] = (problem, seed) => GaussianProcess(problem, new GaussianProcessOptions { Fit = new GpFitOptions(NoiseFloor: 1e-4) }, seed),
        // The noise prior before the suite chose BoTorch 0.11's Gamma(1.1, 0.05), and a tighter log-normal one.
        ["gp-noise-lognormal4"] = (problem, seed) => GaussianProcess(problem, new GaussianProcessOptions { Fit = new GpFitOptions(NoisePrior: NoisePrior.LogNormalAtMinus4) }, seed),
        ["gp-noise-lognormal6"] = (problem, seed) => GaussianProcess(problem, new GaussianProcessOptions { Fit = new GpFitOptions(NoisePrior: NoisePrior.LogNormal(-6.0, 1.0)) }, seed),
        // BoTorch 0.11's SingleTaskGP priors (the reference runs' own): Gamma(3, 6) length-scales, Gamma(2, 0.15) output
        // scale, both and each alone; and a fit from eight seeded starts instead of two (robustness of the MAP fit).
        ["gp-botorch-priors"] = (problem, seed) => GaussianProcess(problem, new GaussianProcessOptions
        {
            Fit = new GpFitOptions(LengthscalePrior: LengthscalePrior.BoTorch011, OutputscalePrior: OutputscalePrior.BoTorch011),
        }, seed),
        ["gp-botorch-lengthscale"] = (problem, seed) => GaussianProcess(problem, new GaussianProcessOptions { Fit = new GpFitOptions(LengthscalePrior: LengthscalePrior.BoTorch011) }, seed),
        ["gp-botorch-outputscale"] = (problem, seed) => GaussianProcess(problem, new GaussianProcessOptions { Fit = new GpFitOptions(OutputscalePrior: OutputscalePrior.BoTorch011) }, seed),
        ["gp-fit8"] = (problem, seed) => GaussianProcess(problem, new GaussianProcessOptions { Fit = new GpFitOptions(Restarts: 8) }, seed),
        // Five more starts from the best scrambled-Sobol raw points alone, so some restarts lie away from the incumbents;
        // alone and with BoTorch 0.11's priors.
        ["gp-global5"] = (problem, seed) => GaussianProcess(problem, new GaussianProcessOptions { Optimizer = new AcquisitionOptimizerOptions(GlobalStarts: 5) }, seed),
        ["gp-botorch-priors-global5"] = (problem, seed) => GaussianProcess(problem, new GaussianProcessOptions
        {
            Fit = new GpFitOptions(LengthscalePrior: LengthscalePrior.BoTorch011, OutputscalePrior: OutputscalePrior.BoTorch011),
            Optimizer = new AcquisitionOptimizerOptions(GlobalStarts: 5),
        }, seed),
        // The initial design before it also ended once twice its size was handed out (bench/README.md, scaling).
        ["gp-design-finished"] = (problem, seed) => GaussianProcess(problem, new GaussianProcessOptions { DesignHandOutFactor = null }, seed),
        ["gp-nopower"] = (problem, seed) => GaussianProcess(problem, new GaussianProcessOptions(PowerTransform: false), seed),
        // TuRBO-1's trust region (Eriksson et al. NeurIPS 2019) around the incumbent: LogNEI maximized in the box, and
        // Thompson sampling in the box as in the paper.
        ["gp-turbo"] = (problem, seed) => GaussianProcess(problem, new GaussianProcessOptions { TrustRegion = new TrustRegionOptions() }, seed),
        ["gp-turbo-ts"] = (problem, seed) => GaussianProcess(problem, new GaussianProcessOptions(Acquisition: AcquisitionKind.ThompsonSampling) { TrustRegion = new TrustRegionOptions() }, seed),
        // The region starting at its largest side, so only failures shrink it: early confinement against late refinement.
        ["gp-turbo-wide"] = (problem, seed) => GaussianProcess(problem, new GaussianProcessOptions { TrustRegion = new TrustRegionOptions(InitialLength: 1.6) }, seed),
        // Kumaraswamy input warping fitted with the other hyper-parameters (Snoek et al. 2014; bench/README.md, quality).
        ["gp-warp"] = (problem, seed) => GaussianProcess(problem, new GaussianProcessOptions { Fit = new GpFitOptions(InputWarping: true) }, seed),
        // The same with a prior three times tighter around the identity (few observations per warp shape).
        ["gp-warp-tight"] = (problem, seed) => GaussianProcess(problem, new GaussianProcessOptions { Fit = new GpFitOptions(InputWarping: true, WarpPriorScale: 0.3) }, seed),
        ["gp-warp-tighter"] = (problem, seed) => GaussianProcess(problem, new GaussianProcessOptions { Fit = new GpFitOptions(InputWarping: true, WarpPriorScale: 0.15) }, seed),
        // LogNEI integrated over 4, 8 or 16 slice-sampled posterior samples of the hyper-parameters instead of the MAP fit
        // alone (Snoek et al. 2012), below 128 observations.
        ["gp-ensemble4"] = (problem, seed) => GaussianProcess(problem, new GaussianProcessOptions { HyperparameterSamples = 4 }, seed),
        ["gp-ensemble8"] = (problem, seed) => GaussianProcess(problem, new GaussianProcessOptions { HyperparameterSamples = 8 }, seed),
        ["gp-ensemble16"] = (problem, seed) => GaussianProcess(problem, new GaussianProcessOptions { HyperparameterSamples = 16 }, seed),
        // Eight samples with 32 worlds each (256 in all), as many as the MAP model alone gets: is the split the loss?
        // The ensemble only while the model is young (fewer than 20 observations: exploration under uncertain
        // length-scales, then the MAP's exploitation), and the ensemble inside TuRBO's trust region.
        ["gp-ensemble8-below20"] = (problem, seed) => GaussianProcess(problem, new GaussianProcessOptions { HyperparameterSamples = 8, HyperparameterSamplesBelow = 20 }, seed),
        ["gp-ensemble8-turbo"] = (problem, seed) => GaussianProcess(problem, new GaussianProcessOptions { HyperparameterSamples = 8, TrustRegion = new TrustRegionOptions() }, seed),
        ["gp-ensemble8-worlds256"] = (problem, seed) => GaussianProcess(problem, new GaussianProcessOptions { HyperparameterSamples = 8, Worlds = 256 }, seed),
        // The same with only the length-scales and the output scale sampled, the noise and the mean at the MAP.
        ["gp-ensemble8-kernel"] = (problem, seed) => GaussianProcess(problem, new GaussianProcessOptions { HyperparameterSamples = 8, HyperparameterSamplesKernelOnly = true }, seed),
        // Rougher functions: Matérn 3/2 instead of 5/2; and 128 posterior worlds instead of 32.
        ["gp-matern32"] = (problem, seed) => GaussianProcess(problem, new GaussianProcessOptions { Fit = new GpFitOptions(Kernel: KernelKind.Matern32) }, seed),
        ["gp-worlds128"] = (problem, seed) => GaussianProcess(problem, new GaussianProcessOptions { Worlds = 128 }, seed),
    };

    public static IReadOnlyCollection<string> Names => Factories.Keys;

    /// <summary>The strategy called <paramref name="name"/> for <paramref name="problem"/>, seeded with <paramref name="seed"/>.</summary>
    public static IStrategy Create(string name, IProblem problem, int seed) =>
        Factories.TryGetValue(name, out var factory)
            ? factory(problem, seed)
            : throw new BenchUsageException($"unknown strategy '{name}'; known: {string.Join(", ", Names)}");

    private static GaussianProcessOptions BoTorchReplica(IProblem problem, PendingHandling pending) =>
        new(Pending: pending, PowerTransform: false)
        {
            InitialTrials = 2 * problem.Space.Dimension + 2,
            Fit = new GpFitOptions(NoiseFloor: 1e-4),
        };

    private static GaussianProcessStrategy StatedNoise(IProblem problem, GaussianProcessOptions options, int seed) => problem is NoisyProblem { Objectives.Count: 1 } noisy
        ? new GaussianProcessStrategy(noisy.Space, noisy.StatedObjective, options, seed)
        : throw new BenchUsageException($"problem '{problem.Name}' is not a noisy single-objective problem; this strategy states the noise of one");

    private static GaussianProcessStrategy GaussianProcess(IProblem problem, GaussianProcessOptions options, int seed) =>
        problem.Objectives.Count == 1
            ? new GaussianProcessStrategy(problem.Space, problem.Objectives[0], options, seed)
            : throw new BenchUsageException($"problem '{problem.Name}' has {problem.Objectives.Count} objectives; the GP strategies optimize one");
}
