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
            .Select(m => ObjectiveOutcome.Modelled(FantasyPosterior.Create(m, [m.Inputs[0]], [], QuasiNormalSamples.Draw(1, 1, 1), PendingOutcomes.NoisySamples)))
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
            .Select((m, j) => FantasyPosterior.Create(m, baseline, pending, QuasiNormalSamples.Draw(8, baseline.Count + 2 * pending.Count, 10 + j), PendingOutcomes.NoisySamples))
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

    [Fact]
    public void One_world_without_variance_weights_the_improvement_by_the_product_of_fatmoids_of_the_constraints()
    {
        var first = Model(p => p[0], 1e-14);
        var second = Model(p => p[1], 1e-14);
        var third = Model(p => p[0] - p[1], 1e-14);
        var fourth = Model(p => p[0] * p[1], 1e-14);
        var front = new List<double[]> { new[] { -0.5, 0.2 }, new[] { 0.1, -0.4 } };
        var reference = new[] { -1.0, -1.0 };
        FantasyPosterior Deterministic(GaussianProcess m) => FantasyPosterior.Create(m, [m.Inputs[0]], [], QuasiNormalSamples.Draw(1, 1, 1), PendingOutcomes.NoisySamples);
        double[] x = [0.3, 0.8];
        var (c1, c2) = (third.PredictMean(x), fourth.PredictMean(x));
        // The first constraint holds with a slack of two temperatures; the second misses its lower bound by one.
        var constraints = new SampledConstraints(
            [new ModelledConstraint(Deterministic(third), null, c1 + 2e-3), new ModelledConstraint(Deterministic(fourth), c2 + 1e-3, c2 + 1.0)],
            [[0.7, -1.2]]);
        var nehvi = new NoisyExpectedHypervolumeImprovement(
            [ObjectiveOutcome.Modelled(Deterministic(first)), ObjectiveOutcome.Modelled(Deterministic(second))], [new HypervolumeBoxes(front, reference)], [[1.5, -2.0]], constraints);

        var value = Math.Exp(nehvi.Evaluate(x, []));

        var y = new[] { first.PredictMean(x), second.PredictMean(x) };
        var improvement = Hypervolume.Compute([.. front, y], reference) - Hypervolume.Compute(front, reference);
        var weight = SmoothFeasibilityTests.Fatmoid(2.0) * SmoothFeasibilityTests.Fatmoid(-1.0) * SmoothFeasibilityTests.Fatmoid(1000.0);
        Assert.Equal(improvement * weight, value, 5);
    }

    [Fact]
    public void Gradient_matches_central_finite_differences_with_constraints_sampled_in_the_worlds()
    {
        var first = Model(p => Math.Sin(5 * p[0]) + p[1], 1.0);
        var second = Model(p => Math.Cos(4 * p[1]) - p[0], 1.0);
        var constraint = Model(p => p[0] + p[1], 1.0);
        var baseline = first.Inputs.Take(6).ToList();
        List<double[]> pending = [[0.2, 0.9], [0.6, 0.1]];
        FantasyPosterior Worlds(GaussianProcess m, int seed) => FantasyPosterior.Create(m, baseline, pending, QuasiNormalSamples.Draw(8, baseline.Count + 2 * pending.Count, seed), PendingOutcomes.NoisySamples);
        var posteriors = new[] { Worlds(first, 10), Worlds(second, 11) };
        var boxes = Enumerable.Range(0, 8)
            .Select(s => new HypervolumeBoxes(
                Enumerable.Range(0, baseline.Count + pending.Count).Select(i => new[] { posteriors[0].JointSamples[s][i], posteriors[1].JointSamples[s][i] }).ToList(),
                [-3.0, -3.0]))
            .ToArray();
        // The upper bound lies among the worlds' constraint values at x, so some weights are neither 0 nor 1.
        var constraints = new SampledConstraints([new ModelledConstraint(Worlds(constraint, 12), -0.5, 1.0)], QuasiNormalSamples.Draw(8, 1, 4));
        var nehvi = new NoisyExpectedHypervolumeImprovement(posteriors.Select(ObjectiveOutcome.Modelled).ToArray(), boxes, QuasiNormalSamples.Draw(8, 2, 3), constraints);
        double[] x = [0.43, 0.57];
        var gradient = new double[2];

        nehvi.Evaluate(x, gradient);

        var numeric = FiniteDifferences.Gradient(nehvi, x, 1e-7);
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
