using Optimizer.Core.Numerics;

namespace Optimizer.Core.Models;

/// <summary>
/// Samples of a GP's hyper-parameters theta = [log l_1..log l_d, log s, log noise, mean] from their posterior
/// p(theta | y) proportional to p(y | theta) p(theta) (the density whose mode <see cref="HyperparameterFit"/> finds), by
/// coordinate-wise slice sampling inside the fit's box, started at the mode: one chain, a short burn-in, then thinned.
/// Snoek, Larochelle &amp; Adams, "Practical Bayesian Optimization of Machine Learning Algorithms", NeurIPS 2012, sec. 3.2.
/// </summary>
internal static class HyperparameterSamples
{
    private const int BurnIn = 10;
    private const int Thinning = 2;
    private const double Width = 1.0;

    /// <param name="x">n x d inputs in the unit cube.</param>
    /// <param name="y">n standardized targets.</param>
    /// <param name="start">the posterior mode, where the chain starts.</param>
    /// <param name="count">samples to draw.</param>
    /// <param name="kernelOnly">sample the length-scales and the output scale alone; the noise and the mean stay at <paramref name="start"/>.</param>
    /// <returns><paramref name="count"/> samples, or none when the posterior is not defined at <paramref name="start"/>.</returns>
    public static IReadOnlyList<GpHyperparameters> Draw(IReadOnlyList<double[]> x, double[] y, GpFitOptions options, GpHyperparameters start, int count, bool kernelOnly, Random random)
    {
        var d = x[0].Length;
        var theta = start.ToVector();
        var (lower, upper) = HyperparameterFit.Bounds(d, options);
        for (var i = 0; i < theta.Length; i++) theta[i] = Math.Clamp(theta[i], lower[i], upper[i]);
        var prior = new double[theta.Length];
        double LogPosterior(double[] t)
        {
            Array.Clear(prior);
            try
            {
                return MarginalLikelihood.Evaluate(options.Kernel, x, y, t, [], options.NoiseScales) + GpPriors.LogDensity(options, t, prior);
            }
            catch (InvalidOperationException)
            {
                return double.NegativeInfinity;
            }
        }

        if (!double.IsFinite(LogPosterior(theta))) return [];
        var width = Enumerable.Repeat(Width, theta.Length).ToArray();
        if (kernelOnly) width[d + 1] = width[d + 2] = 0.0;
        for (var i = 0; i < theta.Length; i++)
            if (lower[i] == upper[i]) width[i] = 0.0;
        return SliceSampler.Sample(LogPosterior, theta, lower, upper, width, count, BurnIn, Thinning, random)
            .Select(sample => GpHyperparameters.FromVector(sample, d))
            .ToArray();
    }
}

/// <summary>How many hyper-parameter samples an <see cref="OutcomeModel"/> draws besides its MAP fit, and up to which history size.</summary>
/// <param name="Count">samples per fit; 0: the MAP fit alone.</param>
/// <param name="Below">samples are drawn only for fits on fewer observations than this.</param>
/// <param name="KernelOnly">sample the length-scales and the output scale alone, the noise and the mean at the MAP.</param>
internal sealed record HyperparameterSampling(int Count, int Below, bool KernelOnly = false)
{
    public bool AppliesTo(int observations) => Count > 0 && observations < Below;
}
