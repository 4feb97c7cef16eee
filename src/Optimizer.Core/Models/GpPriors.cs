namespace Optimizer.Core.Models;

/// <summary>
/// Log prior density (up to a constant) of the hyper-parameter vector [log l, log s, log noise, mean] and its gradient.
/// Length-scales: a <see cref="LengthscalePrior"/>. Noise: a <see cref="NoisePrior"/>.
/// Output scale: LogNormal(0, 1.5) around the unit variance of standardized outputs.
/// </summary>
internal static class GpPriors
{
    private const double OutputscaleScale = 1.5;

    /// <summary>Adds the log prior's gradient into <paramref name="gradient"/> and returns its value.</summary>
    public static double LogDensity(LengthscalePrior lengthscales, NoisePrior noise, ReadOnlySpan<double> theta, Span<double> gradient)
    {
        var d = theta.Length - 3;
        var mu = lengthscales.Location(d);
        var value = 0.0;
        for (var i = 0; i < d; i++)
            value += NormalLogKernel(theta[i], mu, lengthscales.Scale, ref gradient[i]);
        value += NormalLogKernel(theta[d], 0.0, OutputscaleScale, ref gradient[d]);
        value += noise.LogDensity(theta[d + 1], ref gradient[d + 1]);
        return value;
    }

    // A log-normal prior on p is a normal prior on log p (the Jacobian cancels in these coordinates).
    private static double NormalLogKernel(double x, double mu, double sigma, ref double gradient)
    {
        var z = (x - mu) / sigma;
        gradient += -z / sigma;
        return -0.5 * z * z;
    }
}
