namespace Optimizer.Core.Models;

/// <summary>The stationary covariance family of a Gaussian process (Rasmussen &amp; Williams 2006, ch. 4.2).</summary>
public enum KernelKind
{
    /// <summary>Matérn nu = 5/2: twice-differentiable functions; the default, as in BoTorch and Snoek et al. 2012.</summary>
    Matern52,

    /// <summary>Matérn nu = 3/2: rougher, once-differentiable functions.</summary>
    Matern32,

    /// <summary>Squared exponential: very smooth functions.</summary>
    Rbf,
}
