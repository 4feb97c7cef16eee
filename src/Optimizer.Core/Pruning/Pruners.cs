using Optimizer.Core.Studies;

namespace Optimizer.Core.Pruning;

/// <summary>The pruner a study file's <c>early_stopping</c> section asks for.</summary>
public static class Pruners
{
    public static IPruner For(EarlyStoppingDefinition definition) => definition.Kind switch
    {
        EarlyStoppingDefinition.Asha => new AshaPruner(definition.MinStep, definition.MaxStep, definition.ReductionFactor),
        EarlyStoppingDefinition.Median => new MedianPruner(definition.MinStep),
        EarlyStoppingDefinition.None => NoPruner.Instance,
        _ => throw new ArgumentException($"unknown early stopping kind '{definition.Kind}'", nameof(definition)),
    };
}
