namespace Optimizer.Core.Pruning;

/// <summary>No early stopping: every trial runs to its end.</summary>
public sealed class NoPruner : IPruner
{
    public static NoPruner Instance { get; } = new();

    public bool ShouldStop(LearningCurves curves, int trial, int step) => false;
}
