using Optimizer.Core.Models;

namespace Optimizer.Core.Tests.Models;

public sealed class MarginalLikelihoodTests
{
    [Theory]
    [InlineData(KernelKind.Matern52, false)]
    [InlineData(KernelKind.Matern32, false)]
    [InlineData(KernelKind.Rbf, false)]
    [InlineData(KernelKind.Matern52, true)]
    public void Analytic_gradient_matches_central_finite_differences(KernelKind kind, bool ownErrors)
    {
        var random = new Random(7);
        var x = Enumerable.Range(0, 12).Select(_ => new[] { random.NextDouble(), random.NextDouble(), random.NextDouble() }).ToArray();
        var y = x.Select(p => Math.Cos(4 * p[0]) + p[1] * p[2]).ToArray();
        // Observations with errors of their own: noise variances spread over a factor of e^3 around the noise parameter.
        var scales = ownErrors ? x.Select(_ => Math.Exp(3 * random.NextDouble() - 1.5)).ToArray() : null;
        double[] theta = [Math.Log(0.4), Math.Log(0.9), Math.Log(2.0), Math.Log(1.3), Math.Log(0.02), 0.1];
        var gradient = new double[theta.Length];

        MarginalLikelihood.Evaluate(kind, x, y, theta, gradient, scales);

        for (var i = 0; i < theta.Length; i++)
        {
            const double h = 1e-5;
            var plus = (double[])theta.Clone();
            var minus = (double[])theta.Clone();
            plus[i] += h;
            minus[i] -= h;
            var scratch = new double[theta.Length];
            var numeric = (MarginalLikelihood.Evaluate(kind, x, y, plus, scratch, scales) - MarginalLikelihood.Evaluate(kind, x, y, minus, scratch, scales)) / (2 * h);
            Assert.True(Math.Abs(numeric - gradient[i]) < 1e-5 * (1 + Math.Abs(numeric)), $"component {i}: analytic {gradient[i]}, numeric {numeric}");
        }
    }

    [Fact]
    public void Single_point_likelihood_is_the_gaussian_density()
    {
        double[] theta = [Math.Log(0.5), Math.Log(2.0), Math.Log(0.5), 1.0];
        var value = MarginalLikelihood.Evaluate(KernelKind.Rbf, [[0.3]], [2.0], theta, new double[4]);

        var variance = 2.0 + 0.5;
        Assert.Equal(-0.5 * 1.0 / variance - 0.5 * Math.Log(2 * Math.PI * variance), value, 12);
    }

    [Fact]
    public void Fit_recovers_a_short_lengthscale_for_a_wiggly_function()
    {
        var x = Enumerable.Range(0, 30).Select(i => new[] { i / 29.0 }).ToArray();
        var y = x.Select(p => Math.Sin(20 * p[0])).ToArray();
        var standardized = OutputTransform.Fit(y, logWarp: false, negate: false);

        var fit = HyperparameterFit.Fit(x, y.Select(standardized.Forward).ToArray(), new GpFitOptions(), new Random(1));

        Assert.Equal(HyperparameterFitStatus.Fitted, fit.Status);
        Assert.InRange(fit.Hyperparameters.Lengthscales[0], 0.02, 0.3);
        Assert.True(fit.Hyperparameters.NoiseVariance < 1e-2, $"noise {fit.Hyperparameters.NoiseVariance}");
    }

    [Fact]
    public void Fit_says_when_the_prior_mode_stands_in_because_the_likelihood_is_undefined_everywhere()
    {
        var x = Enumerable.Range(0, 5).Select(i => new[] { i / 4.0 }).ToArray();
        var y = new[] { 0.0, 1.0, double.NaN, -1.0, 0.5 };
        var options = new GpFitOptions();

        var fit = HyperparameterFit.Fit(x, y, options, new Random(1));

        Assert.Equal(HyperparameterFitStatus.PriorMode, fit.Status);
        Assert.Equal(HyperparameterFit.Default(1, options).Lengthscales, fit.Hyperparameters.Lengthscales);
    }

    [Fact]
    public void An_outcome_model_reports_a_fit_that_fell_back_to_the_prior()
    {
        var warnings = new List<string>();
        var model = new OutcomeModel(new OutcomeModelSettings(false, false, false, new RefitSettings(100, 48), new GpFitOptions()), 0, "objective 'y'", warnings.Add);
        var x = Enumerable.Range(0, 5).Select(i => new[] { i / 4.0 }).ToList();

        // A NaN outcome leaves the likelihood undefined from every start; conditioning on it is then refused.
        Assert.Throws<ArgumentException>(() => model.Update(x, [0.0, 1.0, double.NaN, -1.0, 0.5]));

        Assert.Single(warnings);
        Assert.StartsWith("objective 'y': the hyper-parameter fit on 5 observations", warnings[0]);
    }
}
