using MathNet.Numerics.Distributions;

namespace Optimizer.Core.Sampling;

/// <summary>
/// Base samples for quasi-Monte-Carlo integration over Gaussians: scrambled Sobol points mapped through the inverse normal
/// distribution function (Balandat et al., "BoTorch", NeurIPS 2020, sec. 4), pseudo-random beyond Sobol's dimensions.
/// </summary>
public static class QuasiNormalSamples
{
    /// <summary>An <paramref name="count"/> x <paramref name="dimension"/> matrix of standard normal base samples.</summary>
    public static double[][] Draw(int count, int dimension, int seed)
    {
        if (dimension == 0) return Enumerable.Range(0, count).Select(_ => Array.Empty<double>()).ToArray();
        if (dimension <= SobolSequence.MaxDimension)
            return new ScrambledSobol(dimension, seed).Sample(count)
                .Select(u => u.Select(p => Normal.InvCDF(0.0, 1.0, Math.Clamp(p, 1e-12, 1.0 - 1e-12))).ToArray())
                .ToArray();
        var random = new Random(seed);
        return Enumerable.Range(0, count)
            .Select(_ => Enumerable.Range(0, dimension).Select(_ => Normal.Sample(random, 0.0, 1.0)).ToArray())
            .ToArray();
    }
}
