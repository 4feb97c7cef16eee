using Optimizer.Core.Studies;

namespace Optimizer.Core.Strategies;

/// <summary>Builds the strategy a study definition asks for.</summary>
public static class StrategyFactory
{
    /// <summary>
    /// <c>auto</c> and <c>gp</c>: GP-BO (LogNEI) after a scrambled-Sobol initial design for one objective;
    /// <c>auto</c> with several objectives and <c>nsga2</c>: NSGA-II (steady state, constraint-dominance);
    /// <c>sobol</c> and <c>random</c>: model-free designs. Throws <see cref="NotSupportedException"/> for <c>gp</c> with
    /// several objectives, which needs multi-objective Bayesian optimization.
    /// </summary>
    public static IStrategy Create(StudyDefinition definition, int seed)
    {
        var kind = definition.Strategy.Kind;
        return kind switch
        {
            StrategyDefinition.Sobol => new SobolStrategy(definition.Space, seed),
            StrategyDefinition.Random => new RandomStrategy(definition.Space, seed),
            StrategyDefinition.Auto or StrategyDefinition.GaussianProcess when definition.Objectives.Count == 1 =>
                new GaussianProcessStrategy(
                    definition.Space,
                    definition.Objectives[0],
                    new GaussianProcessOptions(InitialTrials: definition.Strategy.InitialTrials),
                    seed),
            StrategyDefinition.Auto or StrategyDefinition.Nsga2 =>
                new Nsga2Strategy(definition.Space, definition.Objectives, definition.Constraints, seed),
            StrategyDefinition.GaussianProcess => throw new NotSupportedException(
                $"strategy 'gp' with {definition.Objectives.Count} objectives needs multi-objective Bayesian optimization, " +
                "which this version does not have yet; use strategy kind 'auto' or 'nsga2' (NSGA-II)"),
            _ => throw new ArgumentException($"unknown strategy kind '{kind}'; expected one of {string.Join(", ", StrategyDefinition.Kinds)}"),
        };
    }
}
