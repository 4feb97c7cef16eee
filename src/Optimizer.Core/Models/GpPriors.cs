namespace Optimizer.Core.Models;

/// <summary>
/// Log prior density (up to a constant) of the hyper-parameter vector [log l, log s, log noise, mean] and its gradient:
/// a <see cref="LengthscalePrior"/> on each length-scale, an <see cref="OutputscalePrior"/> and a <see cref="NoisePrior"/>;
/// with <see cref="GpFitOptions.InputWarping"/> also Normal(0, <see cref="GpFitOptions.WarpPriorScale"/>) on each
/// [log a, log b] of the <see cref="KumaraswamyWarp"/>, centred on the identity (by default the LogNormal(0, 0.75^0.5)
/// priors of BoTorch's Warp input transform).
/// </summary>
internal static class GpPriors
{
    /// <summary>Adds the log prior's gradient into <paramref name="gradient"/> and returns its value.</summary>
    public static double LogDensity(GpFitOptions options, ReadOnlySpan<double> theta, Span<double> gradient)
    {
        var d = options.InputWarping ? (theta.Length - 3) / 3 : theta.Length - 3;
        var lengthscales = options.LengthscalePriorOrDefault;
        var warpScale = options.WarpPriorScale;
        var value = 0.0;
        for (var i = 0; i < d; i++)
            value += lengthscales.LogDensity(theta[i], d, ref gradient[i]);
        value += options.OutputscalePriorOrDefault.LogDensity(theta[d], ref gradient[d]);
        value += options.NoisePriorOrDefault.LogDensity(theta[d + 1], ref gradient[d + 1]);
        for (var i = d + 3; i < theta.Length; i++)
        {
            var z = theta[i] / warpScale;
            gradient[i] += -z / warpScale;
            value += -0.5 * z * z;
        }
        return value;
    }
}
