namespace Optimizer.Core.Models;

/// <summary>Settings of a Gaussian-process fit.</summary>
/// <param name="Kernel">covariance family.</param>
/// <param name="NoiseFloor">smallest noise variance, in standardized output units.</param>
/// <param name="Restarts">seeded random starts drawn from the prior in addition to the prior's mode.</param>
/// <param name="MaxIterations">L-BFGS-B iterations per start.</param>
/// <param name="MaxFitPoints">above this many observations the hyper-parameters are fitted on a subset (the best half and a spread of the rest).</param>
/// <param name="LengthscalePrior">prior of the ARD length-scales; null: <see cref="Models.LengthscalePrior.Default"/>.</param>
/// <param name="NoisePrior">prior of the noise variance; null: <see cref="Models.NoisePrior.Default"/>.</param>
/// <param name="OutputscalePrior">prior of the output scale; null: <see cref="Models.OutputscalePrior.Default"/>.</param>
/// <param name="InputWarping">fit a <see cref="KumaraswamyWarp"/> of each encoded input jointly with the other hyper-parameters (Snoek et al. 2014).</param>
/// <param name="WarpPriorScale">standard deviation of the Normal(0, .) prior on each log a and log b of the warp; the default 0.75^0.5 is BoTorch's Warp's.</param>
public sealed record GpFitOptions(
    KernelKind Kernel = KernelKind.Matern52,
    double NoiseFloor = 1e-6,
    int Restarts = 2,
    int MaxIterations = 60,
    int MaxFitPoints = 250,
    LengthscalePrior? LengthscalePrior = null,
    NoisePrior? NoisePrior = null,
    OutputscalePrior? OutputscalePrior = null,
    bool InputWarping = false,
    double WarpPriorScale = 0.8660254037844386)
{
    /// <summary>The GP's constant mean in standardized output units, held fixed instead of fitted; null: fitted.</summary>
    public double? FixedMean { get; init; }

    /// <summary>The noise variance in standardized output units, held fixed instead of fitted; null: fitted from <see cref="NoiseFloor"/> up.</summary>
    public double? FixedNoise { get; init; }

    /// <summary>
    /// Each fitted observation's noise variance over the noise hyper-parameter (length n, in the order of the data fitted),
    /// for observations with errors of their own; null: all 1 (one noise variance for every observation).
    /// </summary>
    public IReadOnlyList<double>? NoiseScales { get; init; }

    public NoisePrior NoisePriorOrDefault => NoisePrior ?? Models.NoisePrior.Default;

    public OutputscalePrior OutputscalePriorOrDefault => OutputscalePrior ?? Models.OutputscalePrior.Default;

    public LengthscalePrior LengthscalePriorOrDefault => LengthscalePrior ?? Models.LengthscalePrior.Default;
}
