namespace Optimizer.Core.Models;

/// <summary>Hyper-parameters of a GP and how they were obtained.</summary>
public sealed record HyperparameterFitResult(GpHyperparameters Hyperparameters, HyperparameterFitStatus Status);

/// <summary>How a GP's hyper-parameters were obtained.</summary>
public enum HyperparameterFitStatus
{
    /// <summary>Maximum a posteriori from the best of the seeded starts.</summary>
    Fitted,

    /// <summary>The marginal likelihood was undefined (no positive-definite covariance) from every start: the prior's mode stands in.</summary>
    PriorMode,
}
