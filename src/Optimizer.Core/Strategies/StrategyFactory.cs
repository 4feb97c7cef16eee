using Optimizer.Core.Studies;

namespace Optimizer.Core.Strategies;

/// <summary>Builds the strategy a study definition asks for.</summary>
public static class StrategyFactory
{
    /// <summary>
    /// <c>auto</c> and <c>gp</c>: GP-BO (LogNEI) after a scrambled-Sobol initial design for one objective;
    /// <c>sobol</c> and <c>random</c>: model-free designs. Throws <see cref="NotSupportedException"/> for a GP study with
    /// several objectives, which needs the multi-objective strategies.
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
            StrategyDefinition.Auto or StrategyDefinition.GaussianProcess => throw new NotSupportedException(
                $"strategy '{kind}' with {definition.Objectives.Count} objectives needs multi-objective Bayesian optimization, " +
                "which this version does not have yet; use strategy kind 'sobol' or 'random'"),
            _ => throw new ArgumentException($"unknown strategy kind '{kind}'; expected one of {string.Join(", ", StrategyDefinition.Kinds)}"),
        };
    }
}
