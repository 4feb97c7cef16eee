namespace Optimizer.Core.Outcomes;

public enum ObjectiveDirection
{
    Minimize,
    Maximize,
}

/// <summary>A metric to optimize, by name as the evaluator reports it.</summary>
public sealed record Objective(string Name, ObjectiveDirection Direction)
{
    /// <summary>The value turned into "larger is better" (the convention of every model and acquisition).</summary>
    public double ToMaximization(double value) => Direction == ObjectiveDirection.Maximize ? value : -value;
}
