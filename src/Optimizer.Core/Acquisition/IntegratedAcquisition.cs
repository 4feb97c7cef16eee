using Optimizer.Core.Models;

namespace Optimizer.Core.Acquisition;

/// <summary>
/// A log-space acquisition integrated over K posterior samples of the GP hyper-parameters, equally weighted:
/// a(x) = log (1/K) sum_k exp(a_k(x)), with d a/dx = sum_k softmax(a)_k d a_k/dx.
/// Snoek, Larochelle &amp; Adams, NeurIPS 2012, eq. 5 (the integrated acquisition function).
/// </summary>
/// <param name="logAcquisitions">a_k, one per hyper-parameter sample, each the log of an expectation (LogNEI).</param>
internal sealed class IntegratedAcquisition(IReadOnlyList<IAcquisition> logAcquisitions) : IAcquisition
{
    /// <summary>The log acquisition of each posterior, integrated; with a single posterior (the MAP's), that one unchanged.</summary>
    public static IAcquisition Over(IReadOnlyList<FantasyPosterior> posteriors, Func<FantasyPosterior, IAcquisition> logAcquisition) =>
        posteriors.Count == 1 ? logAcquisition(posteriors[0]) : new IntegratedAcquisition(posteriors.Select(logAcquisition).ToArray());

    public double Evaluate(ReadOnlySpan<double> x, Span<double> gradient)
    {
        var count = logAcquisitions.Count;
        var d = gradient.Length;
        Span<double> values = stackalloc double[count];
        Span<double> weights = stackalloc double[count];
        var gradients = new double[count * d];
        for (var k = 0; k < count; k++)
            values[k] = logAcquisitions[k].Evaluate(x, gradients.AsSpan(k * d, d));
        var value = LogMeanExp.Of(values, weights);
        gradient.Clear();
        for (var k = 0; k < count; k++)
            for (var i = 0; i < d; i++) gradient[i] += weights[k] * gradients[k * d + i];
        return value;
    }
}
