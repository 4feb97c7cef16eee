using Optimizer.Core.Strategies;

namespace Optimizer.Core.Studies;

/// <summary>Builds the strategy a study definition asks for.</summary>
public static class StrategyFactory
{
    /// <summary>
    /// <c>auto</c>: GP-BO with LogNEI for one objective, NEHVI for 2-3, ParEGO beyond (constraints weighted by the
    /// probability of feasibility, closed-form metrics computed exactly); <c>gp</c>: the same GP-BO; <c>turbo</c>: that GP-BO
    /// with each candidate searched for in TuRBO-1's trust region around the incumbent (one objective); <c>nehvi</c> and
    /// <c>parego</c>: that multi-objective acquisition; <c>nsga2</c>: NSGA-II (steady state, constraint-dominance);
    /// <c>sobol</c> and <c>random</c>: model-free designs. A pending treatment is taken by single-objective GP-BO alone.
    /// </summary>
    /// <param name="warn">where a GP strategy says what it fell back to; null: nowhere.</param>
    public static IStrategy Create(StudyDefinition definition, int seed, Action<string>? warn = null)
    {
        var kind = definition.Strategy.Kind;
        var singleObjectiveGp = kind is StrategyDefinition.Auto or StrategyDefinition.GaussianProcess or StrategyDefinition.TrustRegion && definition.Objectives.Count == 1;
        if (definition.Strategy.Pending is not null && !singleObjectiveGp)
            throw new NotSupportedException(
                $"'pending' chooses how running trials enter GP-BO with one objective (auto, gp or turbo); strategy '{kind}' with {definition.Objectives.Count} objective(s) does not take it");
        var closedForms = ClosedFormMetrics.Of(definition.ClosedForms);
        MultiObjectiveGpStrategy MultiObjective(MultiObjectiveAcquisition? acquisition) => new(
            definition.Space,
            definition.Objectives,
            definition.Constraints,
            new MultiObjectiveOptions(acquisition, definition.ReferencePoint, closedForms) { InitialTrials = definition.Strategy.InitialTrials, Warn = warn },
            seed);
        GaussianProcessStrategy SingleObjective(TrustRegionOptions? trustRegion) => new(
            definition.Space,
            definition.Objectives[0],
            definition.Constraints,
            closedForms,
            new GaussianProcessOptions(Pending: definition.Strategy.Pending ?? PendingHandling.Fantasies)
            {
                InitialTrials = definition.Strategy.InitialTrials,
                TrustRegion = trustRegion,
                Warn = warn,
            },
            seed);
        return kind switch
        {
            StrategyDefinition.Sobol => new SobolStrategy(definition.Space, seed),
            StrategyDefinition.Random => new RandomStrategy(definition.Space, seed),
            StrategyDefinition.Nsga2 => new Nsga2Strategy(definition.Space, definition.Objectives, definition.Constraints, seed),
            StrategyDefinition.Auto or StrategyDefinition.GaussianProcess when definition.Objectives.Count == 1 => SingleObjective(null),
            StrategyDefinition.TrustRegion when definition.Objectives.Count == 1 => SingleObjective(new TrustRegionOptions()),
            StrategyDefinition.TrustRegion => throw new NotSupportedException(
                $"strategy '{kind}' searches one objective in a trust region; with {definition.Objectives.Count} objectives use 'auto', 'nehvi', 'parego' or 'nsga2'"),
            StrategyDefinition.Auto or StrategyDefinition.GaussianProcess => MultiObjective(null),
            StrategyDefinition.Nehvi or StrategyDefinition.Parego when definition.Objectives.Count == 1 => throw new NotSupportedException(
                $"strategy '{kind}' needs at least two objectives; use 'auto' or 'gp' for one"),
            StrategyDefinition.Nehvi => MultiObjective(MultiObjectiveAcquisition.NoisyExpectedHypervolumeImprovement),
            StrategyDefinition.Parego => MultiObjective(MultiObjectiveAcquisition.Parego),
            _ => throw new ArgumentException($"unknown strategy kind '{kind}'; expected one of {string.Join(", ", StrategyDefinition.Kinds)}"),
        };
    }
}
