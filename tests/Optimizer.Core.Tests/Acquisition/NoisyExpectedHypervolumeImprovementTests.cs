using Optimizer.Core.Acquisition;
using Optimizer.Core.Models;
using Optimizer.Core.MultiObjective;
using Optimizer.Core.Sampling;

namespace Optimizer.Core.Tests.Acquisition;

public sealed class NoisyExpectedHypervolumeImprovementTests
{
    private static GaussianProcess Model(Func<double[], double> f, double outputscale)
    {
        var random = new Random(2);
        var x = Enumerable.Range(0, 12).Select(_ => new[] { random.NextDouble(), random.NextDouble() }).ToArray();
        return GaussianProcess.Condition(new GpHyperparameters([0.4, 0.4], outputscale, 1e-4, 0.0), KernelKind.Matern52, x, x.Select(f).ToArray());
    }

    [Fact]
    public void One_world_without_variance_is_the_exact_improvement_of_the_mean()
    {
        // An outputscale near zero leaves no posterior variance: the candidate's outcome is its mean.
        var first = Model(p => p[0], 1e-14);
        var second = Model(p => p[1], 1e-14);
        var front = new List<double[]> { new[] { -0.5, 0.2 }, new[] { 0.1, -0.4 } };
        var reference = new[] { -1.0, -1.0 };
        var boxes = new HypervolumeBoxes(front, reference);
        var outcomes = new[] { first, second }
            .Select(m => ObjectiveOutcome.Modelled(FantasyPosterior.Create(m, [m.Inputs[0]], [], QuasiNormalSamples.Draw(1, 1, 1), believer: false)))
            .ToArray();
        var nehvi = new NoisyExpectedHypervolumeImprovement(outcomes, [boxes], [[1.5, -2.0]]);
        double[] x = [0.3, 0.8];

        var value = Math.Exp(nehvi.Evaluate(x, []));

        var y = new[] { first.PredictMean(x), second.PredictMean(x) };
        var exact = Hypervolume.Compute([.. front, y], reference) - Hypervolume.Compute(front, reference);
        Assert.Equal(exact, value, 6);
    }

    [Fact]
    public void Gradient_matches_central_finite_differences_over_worlds_with_pending_points()
    {
        var first = Model(p => Math.Sin(5 * p[0]) + p[1], 1.0);
        var second = Model(p => Math.Cos(4 * p[1]) - p[0], 1.0);
        var baseline = first.Inputs.Take(6).ToList();
        List<double[]> pending = [[0.2, 0.9], [0.6, 0.1]];
        var posteriors = new[] { first, second }
            .Select((m, j) => FantasyPosterior.Create(m, baseline, pending, QuasiNormalSamples.Draw(8, baseline.Count + 2 * pending.Count, 10 + j), believer: false))
            .ToArray();
        var boxes = Enumerable.Range(0, 8)
            .Select(s => new HypervolumeBoxes(
                Enumerable.Range(0, baseline.Count + pending.Count).Select(i => new[] { posteriors[0].JointSamples[s][i], posteriors[1].JointSamples[s][i] }).ToList(),
                [-3.0, -3.0]))
            .ToArray();
        var nehvi = new NoisyExpectedHypervolumeImprovement(posteriors.Select(ObjectiveOutcome.Modelled).ToArray(), boxes, QuasiNormalSamples.Draw(8, 2, 3));
        double[] x = [0.43, 0.57];
        var gradient = new double[2];

        nehvi.Evaluate(x, gradient);

        var numeric = FiniteDifferences.Gradient(nehvi, x);
        for (var i = 0; i < 2; i++)
            Assert.Equal(numeric[i], gradient[i], 4);
    }

    [Theory]
    [InlineData(0.3, 0.5, null, 1.0)]
    [InlineData(-0.2, 0.7, -1.0, null)]
    [InlineData(0.1, 0.4, -0.5, 0.6)]
    [InlineData(3.0, 0.2, -0.5, 0.6)]
    public void Log_probability_of_feasibility_has_the_right_value_and_derivatives(double mean, double sigma, double? lower, double? upper)
    {
        var (logP, dMean, dSigma) = FeasibilityTerm.LogProbabilityWithin(mean, sigma, lower, upper);

        var p = MathNet.Numerics.Distributions.Normal.CDF(mean, sigma, upper ?? double.PositiveInfinity)
              - MathNet.Numerics.Distributions.Normal.CDF(mean, sigma, lower ?? double.NegativeInfinity);
        Assert.Equal(Math.Log(p), logP, 6);
        const double h = 1e-6;
        Assert.Equal((FeasibilityTerm.LogProbabilityWithin(mean + h, sigma, lower, upper).LogP - FeasibilityTerm.LogProbabilityWithin(mean - h, sigma, lower, upper).LogP) / (2 * h), dMean, 4);
        Assert.Equal((FeasibilityTerm.LogProbabilityWithin(mean, sigma + h, lower, upper).LogP - FeasibilityTerm.LogProbabilityWithin(mean, sigma - h, lower, upper).LogP) / (2 * h), dSigma, 4);
    }
}
