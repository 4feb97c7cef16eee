using MathNet.Numerics.Distributions;
using Optimizer.Core.Numerics;

namespace Optimizer.Core.Models;

/// <summary>
/// Maximum a posteriori hyper-parameters: maximizes log p(y | theta) + log p(theta) with L-BFGS-B on analytic gradients,
/// from the prior's mode and from a few seeded draws of the prior, keeping the best.
/// </summary>
internal static class HyperparameterFit
{
    private const double MinLengthscale = 1e-3;
    private const double MaxLengthscale = 1e2;
    private const double MinOutputscale = 1e-2;
    private const double MaxOutputscale = 1e2;
    private const double MaxNoise = 2.0;
    private const double MeanBound = 4.0;

    // Each Kumaraswamy shape a, b within [1/10, 10].
    private const double MaxWarpShape = 10.0;

    /// <param name="x">n x d inputs in the unit cube.</param>
    /// <param name="y">n standardized targets.</param>
    /// <returns>the best posterior mode found, or the prior's mode when the likelihood was undefined from every start.</returns>
    public static HyperparameterFitResult Fit(IReadOnlyList<double[]> x, double[] y, GpFitOptions options, Random random)
    {
        var d = x[0].Length;
        var (lower, upper) = Bounds(d, options);

        var starts = new List<double[]> { Default(d, options).ToVector() };
        for (var r = 0; r < options.Restarts; r++)
            starts.Add(DrawFromPrior(d, options, random));
        // The warp of each draw from the prior, drawn after the other entries of every start so that those are the unwarped fit's own.
        if (options.InputWarping)
            foreach (var start in starts.Skip(1))
                for (var i = d + 3; i < lower.Length; i++)
                    start[i] = Math.Clamp(options.WarpPriorScale * Normal.Sample(random, 0.0, 1.0), lower[i], upper[i]);

        double NegativeLogPosterior(double[] theta, double[] gradient)
        {
            double value;
            try
            {
                value = MarginalLikelihood.Evaluate(options.Kernel, x, y, theta, gradient, options.NoiseScales);
            }
            catch (InvalidOperationException)
            {
                return double.PositiveInfinity;
            }
            var priorGradient = new double[theta.Length];
            value += GpPriors.LogDensity(options, theta, priorGradient);
            for (var i = 0; i < gradient.Length; i++) gradient[i] = -(gradient[i] + priorGradient[i]);
            return -value;
        }

        var results = new BoundedMinimum?[starts.Count];
        Parallel.For(0, starts.Count, s => results[s] = BoundedMinimizer.Minimize(NegativeLogPosterior, starts[s], lower, upper, options.MaxIterations));
        return results.OfType<BoundedMinimum>().MinBy(r => r.Value) is { } best
            ? new HyperparameterFitResult(GpHyperparameters.FromVector(best.Point, d), HyperparameterFitStatus.Fitted)
            : new HyperparameterFitResult(Default(d, options), HyperparameterFitStatus.PriorMode);
    }

    /// <summary>The box of hyper-parameter vectors [log l_1..log l_d, log s, log noise, mean] the fit searches.</summary>
    public static (double[] Lower, double[] Upper) Bounds(int dimension, GpFitOptions options)
    {
        var d = dimension;
        var size = options.InputWarping ? 3 * d + 3 : d + 3;
        var lower = new double[size];
        var upper = new double[size];
        for (var i = 0; i < d; i++)
        {
            lower[i] = Math.Log(MinLengthscale);
            upper[i] = Math.Log(MaxLengthscale);
        }
        (lower[d], upper[d]) = (Math.Log(MinOutputscale), Math.Log(MaxOutputscale));
        (lower[d + 1], upper[d + 1]) = options.FixedNoise is { } noise ? (Math.Log(noise), Math.Log(noise)) : (Math.Log(options.NoiseFloor), Math.Log(MaxNoise));
        (lower[d + 2], upper[d + 2]) = options.FixedMean is { } mean ? (mean, mean) : (-MeanBound, MeanBound);
        for (var i = d + 3; i < size; i++) (lower[i], upper[i]) = (-Math.Log(MaxWarpShape), Math.Log(MaxWarpShape));
        return (lower, upper);
    }

    /// <summary>The prior's mode: a reasonable model before any fit.</summary>
    public static GpHyperparameters Default(int dimension, GpFitOptions options)
    {
        var lengthscale = options.LengthscalePriorOrDefault.Mode(dimension);
        return new GpHyperparameters(
            Enumerable.Repeat(lengthscale, dimension).ToArray(),
            options.OutputscalePriorOrDefault.Start,
            options.FixedNoise ?? Math.Max(Math.Exp(-4.0), options.NoiseFloor),
            options.FixedMean ?? 0.0,
            options.InputWarping ? KumaraswamyWarp.Identity(dimension) : null);
    }

    private static double[] DrawFromPrior(int dimension, GpFitOptions options, Random random)
    {
        var theta = Default(dimension, options).ToVector();
        var mu = Math.Log(options.LengthscalePriorOrDefault.Mode(dimension));
        for (var i = 0; i < dimension; i++)
            theta[i] = Math.Clamp(mu + 0.75 * Normal.Sample(random, 0.0, 1.0), Math.Log(MinLengthscale), Math.Log(MaxLengthscale));
        theta[dimension] = Math.Log(options.OutputscalePriorOrDefault.Start) + 0.5 * Normal.Sample(random, 0.0, 1.0);
        // Drawn even when the noise is fixed, so that every later draw of the fit's starts is the same either way.
        var noiseDraw = Normal.Sample(random, 0.0, 1.0);
        theta[dimension + 1] = options.FixedNoise is { } noise ? Math.Log(noise) : Math.Max(-6.0 + noiseDraw, Math.Log(options.NoiseFloor));
        return theta;
    }
}
