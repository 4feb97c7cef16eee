namespace Optimizer.Core.Outcomes;

public enum ObjectiveDirection
{
    Minimize,
    Maximize,
}

/// <summary>A metric to optimize, by name as the evaluator reports it.</summary>
public sealed record Objective(string Name, ObjectiveDirection Direction)
{
    /// <summary>
    /// The standard deviation of the metric's measurement noise, in the metric's units, when the user knows it (a
    /// statistical error, a detector's resolution): the recommendation's GP (<see cref="Studies.Recommendation"/>) holds
    /// its noise at it instead of fitting it, as BoTorch's fixed-noise GP, and so do the proposals' with
    /// <see cref="Strategies.GaussianProcessOptions.HoldStatedNoise"/>. Null: the noise is fitted.
    /// </summary>
    public double? NoiseSd { get; init; }

    /// <summary>
    /// The metric each evaluation reports as this objective's standard error (a statistical error that differs from trial
    /// to trial, as an efficiency's binomial error on the events passed): where <see cref="NoiseSd"/> is one level for every
    /// trial, each observation's noise is held at its own reported error instead, by the recommendation and by the
    /// proposals (<see cref="Strategies.GaussianProcessOptions.HoldReportedErrors"/>). Null: none reported.
    /// </summary>
    public string? NoiseSdMetric { get; init; }

    /// <summary>The value turned into "larger is better" (the convention of every model and acquisition).</summary>
    public double ToMaximization(double value) => Direction == ObjectiveDirection.Maximize ? value : -value;
}
