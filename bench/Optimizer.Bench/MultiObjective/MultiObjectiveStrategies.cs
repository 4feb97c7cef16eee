using Optimizer.Core.Models;
using Optimizer.Core.Optimization;
using Optimizer.Core.Strategies;

namespace Optimizer.Bench.MultiObjective;

/// <summary>The strategies the multi-objective bench compares, by name.</summary>
public static class MultiObjectiveStrategies
{
    private static readonly Dictionary<string, Func<MultiObjectiveProblem, int, IStrategy>> Factories = new()
    {
        ["random"] = (p, seed) => new RandomStrategy(p.Problem.Space, seed),
        ["sobol"] = (p, seed) => new SobolStrategy(p.Problem.Space, seed),
        ["nsga2"] = (p, seed) => new Nsga2Strategy(p.Problem.Space, p.Problem.Objectives, p.Constraints, seed),
        ["nehvi"] = (p, seed) => new MultiObjectiveGpStrategy(p.Problem.Space, p.Problem.Objectives, p.Constraints,
            new MultiObjectiveOptions(Acquisition: MultiObjectiveAcquisition.NoisyExpectedHypervolumeImprovement, ReferencePoint: p.Reference), seed),
        // Candidate defaults, measured on the whole suite before any becomes one.
        ["nehvi-spread"] = (p, seed) => new MultiObjectiveGpStrategy(p.Problem.Space, p.Problem.Objectives, p.Constraints,
            new MultiObjectiveOptions(Acquisition: MultiObjectiveAcquisition.NoisyExpectedHypervolumeImprovement, ReferencePoint: p.Reference)
            {
                Optimizer = new AcquisitionOptimizerOptions(Restarts: 10, BoltzmannStarts: true),
            }, seed),
        // qLogNEHVI's constraint handling: constraints sampled in NEHVI's worlds, a smoothed feasibility weight per world.
        ["nehvi-smoothfeas"] = (p, seed) => new MultiObjectiveGpStrategy(p.Problem.Space, p.Problem.Objectives, p.Constraints,
            new MultiObjectiveOptions(Acquisition: MultiObjectiveAcquisition.NoisyExpectedHypervolumeImprovement, ReferencePoint: p.Reference)
            {
                SampledFeasibility = true,
            }, seed),
        // Constraint GPs whose prior mean sits at the bound: even odds of feasibility where no trial has been.
        ["nehvi-constraint-mean"] = (p, seed) => new MultiObjectiveGpStrategy(p.Problem.Space, p.Problem.Objectives, p.Constraints,
            new MultiObjectiveOptions(Acquisition: MultiObjectiveAcquisition.NoisyExpectedHypervolumeImprovement, ReferencePoint: p.Reference)
            {
                ConstraintMeanAtBound = true,
            }, seed),
        ["nehvi-smoothfeas-constraint-mean"] = (p, seed) => new MultiObjectiveGpStrategy(p.Problem.Space, p.Problem.Objectives, p.Constraints,
            new MultiObjectiveOptions(Acquisition: MultiObjectiveAcquisition.NoisyExpectedHypervolumeImprovement, ReferencePoint: p.Reference)
            {
                ConstraintMeanAtBound = true,
                SampledFeasibility = true,
            }, seed),
        // The default before the suite: a 2d + 2 initial design (BoTorch's).
        ["nehvi-init2d"] = (p, seed) => new MultiObjectiveGpStrategy(p.Problem.Space, p.Problem.Objectives, p.Constraints,
            new MultiObjectiveOptions(Acquisition: MultiObjectiveAcquisition.NoisyExpectedHypervolumeImprovement, ReferencePoint: p.Reference)
            {
                InitialTrials = 2 * p.Problem.Space.Dimension + 2,
            }, seed),
        // The noise prior before the suite chose BoTorch 0.11's Gamma(1.1, 0.05).
        ["nehvi-noise-lognormal4"] = (p, seed) => new MultiObjectiveGpStrategy(p.Problem.Space, p.Problem.Objectives, p.Constraints,
            new MultiObjectiveOptions(Acquisition: MultiObjectiveAcquisition.NoisyExpectedHypervolumeImprovement, ReferencePoint: p.Reference)
            {
                Fit = new GpFitOptions(NoisePrior: NoisePrior.LogNormalAtMinus4),
            }, seed),
        // BoTorch 0.11's SingleTaskGP priors (the reference runs' own), five more acquisition starts from the
        // space-filling raw points alone (as optimize_acqf starts), and BoTorch's 128 quasi-MC samples, each alone.
        ["nehvi-botorch-priors"] = (p, seed) => new MultiObjectiveGpStrategy(p.Problem.Space, p.Problem.Objectives, p.Constraints,
            new MultiObjectiveOptions(Acquisition: MultiObjectiveAcquisition.NoisyExpectedHypervolumeImprovement, ReferencePoint: p.Reference)
            {
                Fit = new GpFitOptions(LengthscalePrior: LengthscalePrior.BoTorch011, OutputscalePrior: OutputscalePrior.BoTorch011),
            }, seed),
        ["nehvi-global5"] = (p, seed) => new MultiObjectiveGpStrategy(p.Problem.Space, p.Problem.Objectives, p.Constraints,
            new MultiObjectiveOptions(Acquisition: MultiObjectiveAcquisition.NoisyExpectedHypervolumeImprovement, ReferencePoint: p.Reference)
            {
                Optimizer = new AcquisitionOptimizerOptions(GlobalStarts: 5),
            }, seed),
        ["nehvi-worlds128"] = (p, seed) => new MultiObjectiveGpStrategy(p.Problem.Space, p.Problem.Objectives, p.Constraints,
            new MultiObjectiveOptions(Acquisition: MultiObjectiveAcquisition.NoisyExpectedHypervolumeImprovement, ReferencePoint: p.Reference)
            {
                Worlds = 128,
            }, seed),
        ["parego"] = (p, seed) => new MultiObjectiveGpStrategy(p.Problem.Space, p.Problem.Objectives, p.Constraints,
            new MultiObjectiveOptions(Acquisition: MultiObjectiveAcquisition.Parego, ReferencePoint: p.Reference), seed),
    };

    public static IReadOnlyCollection<string> Names => Factories.Keys;

    public static IStrategy Create(string name, MultiObjectiveProblem problem, int seed) =>
        Factories.TryGetValue(name, out var factory) ? factory(problem, seed) : throw new BenchUsageException($"unknown strategy '{name}'; known: {string.Join(", ", Names)}");
}
