using Optimizer.Core.Acquisition;
using Optimizer.Core.Models;
using Optimizer.Core.Sampling;
using Optimizer.Core.Tests.Acquisition;

namespace Optimizer.Core.Tests.Models;

public sealed class InputWarpingTests
{
    private static readonly KumaraswamyWarp Warp = new([2.0, 0.6], [0.7, 1.5]);

    private static (double[][] X, double[] Y) Data(int n)
    {
        var random = new Random(5);
        var x = Enumerable.Range(0, n).Select(_ => new[] { random.NextDouble(), random.NextDouble() }).ToArray();
        return (x, x.Select(p => Math.Sin(6 * p[0] * p[0]) - (p[1] - 0.3) * (p[1] - 0.3)).ToArray());
    }

    private static GpHyperparameters Hyperparameters(KumaraswamyWarp? warp) => new([0.3, 0.5], 1.2, 1e-3, 0.1, warp);

    [Fact]
    public void The_identity_warp_gives_the_unwarped_posterior()
    {
        var (x, y) = Data(15);
        var plain = GaussianProcess.Condition(Hyperparameters(null), KernelKind.Matern52, x, y);
        var identity = GaussianProcess.Condition(Hyperparameters(KumaraswamyWarp.Identity(2)), KernelKind.Matern52, x, y);

        foreach (var point in new[] { new[] { 0.37, 0.61 }, new[] { 0.9, 0.05 }, x[3] })
        {
            var (mean, variance) = plain.Predict(point);
            var (warpedMean, warpedVariance) = identity.Predict(point);
            Assert.Equal(mean, warpedMean, 12);
            Assert.Equal(variance, warpedVariance, 12);
        }
    }

    [Fact]
    public void A_warped_process_is_the_unwarped_one_on_warped_inputs()
    {
        var (x, y) = Data(15);
        var warped = GaussianProcess.Condition(Hyperparameters(Warp), KernelKind.Matern52, x, y);
        var onWarpedInputs = GaussianProcess.Condition(Hyperparameters(null), KernelKind.Matern52, x.Select(p => Warp.Apply(p)).ToArray(), y);

        double[] point = [0.37, 0.61];
        var (mean, variance) = warped.Predict(point);
        var (expectedMean, expectedVariance) = onWarpedInputs.Predict(Warp.Apply(point));
        Assert.Equal(expectedMean, mean, 12);
        Assert.Equal(expectedVariance, variance, 12);
    }

    [Fact]
    public void Extending_a_warped_process_equals_conditioning_it_afresh()
    {
        var (x, y) = Data(14);
        var fresh = GaussianProcess.Condition(Hyperparameters(Warp), KernelKind.Matern52, x, y);
        var extended = GaussianProcess.Condition(Hyperparameters(Warp), KernelKind.Matern52, x[..10], y[..10]).Extend(x, y);
        var added = GaussianProcess.Condition(Hyperparameters(Warp), KernelKind.Matern52, x[..10], y[..10]).WithObservations(x[10..], y[10..]);

        double[] point = [0.37, 0.61];
        Assert.NotNull(extended);
        Assert.Equal(fresh.Predict(point), extended.Predict(point));
        Assert.Equal(fresh.Predict(point).Mean, added.Predict(point).Mean, 10);
    }

    [Theory]
    [InlineData(0.8660254037844386)]
    [InlineData(0.3)]
    public void Log_posterior_gradient_in_the_warp_shapes_matches_central_finite_differences(double warpPriorScale)
    {
        var (x, y) = Data(12);
        var options = new GpFitOptions(InputWarping: true, WarpPriorScale: warpPriorScale);
        var theta = Hyperparameters(Warp).ToVector();
        var gradient = new double[theta.Length];

        LogPosterior(options, x, y, theta, gradient);

        Assert.Equal(3 * 2 + 3, theta.Length);
        for (var i = 0; i < theta.Length; i++)
        {
            const double h = 1e-5;
            var plus = (double[])theta.Clone();
            var minus = (double[])theta.Clone();
            plus[i] += h;
            minus[i] -= h;
            var scratch = new double[theta.Length];
            var numeric = (LogPosterior(options, x, y, plus, scratch) - LogPosterior(options, x, y, minus, scratch)) / (2 * h);
            Assert.True(Math.Abs(numeric - gradient[i]) < 1e-5 * (1 + Math.Abs(numeric)), $"component {i}: analytic {gradient[i]}, numeric {numeric}");
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void Acquisition_gradient_through_the_warp_matches_central_finite_differences(int pendingCount)
    {
        var (x, y) = Data(15);
        var gp = GaussianProcess.Condition(Hyperparameters(Warp), KernelKind.Matern52, x, y);
        var random = new Random(9);
        var pending = Enumerable.Range(0, pendingCount).Select(_ => new[] { random.NextDouble(), random.NextDouble() }).ToList();
        var posterior = FantasyPosterior.Create(gp, pending, QuasiNormalSamples.Draw(16, 8 + 2 * pendingCount, 5), 8, PendingOutcomes.NoisySamples);
        var acquisition = new LogNoisyExpectedImprovement(posterior);
        double[] point = [0.37, 0.61];
        var gradient = new double[2];

        acquisition.Evaluate(point, gradient);

        var numeric = FiniteDifferences.Gradient(acquisition, point);
        for (var i = 0; i < 2; i++)
            Assert.True(Math.Abs(numeric[i] - gradient[i]) < 1e-4 * (1 + Math.Abs(numeric[i])), $"component {i}: analytic {gradient[i]}, numeric {numeric[i]}");
    }

    [Fact]
    public void Fit_recovers_a_warp_under_which_the_function_is_stationary()
    {
        // sin(10 w(x)) with w(x) = x^2 (a = 2, b = 1): wiggly near 1, flat near 0.
        var x = Enumerable.Range(0, 30).Select(i => new[] { i / 29.0 }).ToArray();
        var y = x.Select(p => Math.Sin(10 * p[0] * p[0])).ToArray();
        var standardized = OutputTransform.Fit(y, logWarp: false, negate: false);

        var fit = HyperparameterFit.Fit(x, y.Select(standardized.Forward).ToArray(), new GpFitOptions(InputWarping: true), new Random(1));

        Assert.Equal(HyperparameterFitStatus.Fitted, fit.Status);
        var warp = fit.Hyperparameters.Warp!;
        Assert.InRange(warp.A[0], 1.6, 2.5);
        Assert.InRange(warp.B[0], 0.7, 1.4);
    }

    [Fact]
    public void Without_the_option_the_fit_has_no_warp()
    {
        var (x, y) = Data(10);

        var fit = HyperparameterFit.Fit(x, y, new GpFitOptions(), new Random(1));

        Assert.Null(fit.Hyperparameters.Warp);
    }

    private static double LogPosterior(GpFitOptions options, double[][] x, double[] y, double[] theta, double[] gradient)
    {
        var value = MarginalLikelihood.Evaluate(options.Kernel, x, y, theta, gradient);
        var prior = new double[theta.Length];
        value += GpPriors.LogDensity(options, theta, prior);
        for (var i = 0; i < theta.Length; i++) gradient[i] += prior[i];
        return value;
    }
}
