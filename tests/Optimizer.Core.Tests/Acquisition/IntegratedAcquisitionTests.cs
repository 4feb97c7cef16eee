using Optimizer.Core.Acquisition;
using Optimizer.Core.Models;
using Optimizer.Core.Sampling;

namespace Optimizer.Core.Tests.Acquisition;

public sealed class IntegratedAcquisitionTests
{
    private const int Worlds = 16;

    private static readonly double[][] Inputs = Enumerable.Range(0, 12).Select(i => new[] { (i * 0.37) % 1.0, (i * 0.61) % 1.0 }).ToArray();
    private static readonly double[][] Pending = [[0.2, 0.8], [0.7, 0.3]];
    private static readonly double[][] Normals = QuasiNormalSamples.Draw(Worlds, 4 + 2 * Pending.Length, 5);

    private static GaussianProcess Model(double lengthscale) =>
        GaussianProcess.Condition(new GpHyperparameters([lengthscale, 0.5], 1.2, 1e-3, 0.0), KernelKind.Matern52, Inputs, Inputs.Select(p => Math.Sin(6 * p[0]) - p[1]).ToArray());

    // K posteriors of the given models, model k with the k-th share of the worlds.
    private static FantasyPosterior[] Split(IReadOnlyList<GaussianProcess> models)
    {
        var baseline = Inputs.Take(4).ToList();
        return models.Select((m, k) => FantasyPosterior.Create(m, baseline, Pending, Normals[(k * Worlds / models.Count)..((k + 1) * Worlds / models.Count)], PendingOutcomes.NoisySamples)).ToArray();
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(16)]
    public void K_identical_models_sharing_the_worlds_give_the_single_model_acquisition(int k)
    {
        var model = Model(0.3);
        var single = new LogNoisyExpectedImprovement(Split([model])[0]);
        var integrated = IntegratedAcquisition.Over(Split(Enumerable.Repeat(model, k).ToArray()), p => new LogNoisyExpectedImprovement(p));
        double[] x = [0.37, 0.61];
        var singleGradient = new double[2];
        var integratedGradient = new double[2];

        var expected = single.Evaluate(x, singleGradient);
        var actual = integrated.Evaluate(x, integratedGradient);

        Assert.Equal(expected, actual, 10);
        Assert.Equal(singleGradient[0], integratedGradient[0], 8);
        Assert.Equal(singleGradient[1], integratedGradient[1], 8);
    }

    [Fact]
    public void One_posterior_is_its_own_acquisition()
    {
        Assert.IsType<LogNoisyExpectedImprovement>(IntegratedAcquisition.Over(Split([Model(0.3)]), p => new LogNoisyExpectedImprovement(p)));
    }

    [Fact]
    public void Value_is_the_log_of_the_mean_of_the_models_expected_improvements()
    {
        var posteriors = Split([Model(0.2), Model(0.6)]);
        double[] x = [0.55, 0.15];
        var a = new LogNoisyExpectedImprovement(posteriors[0]).Evaluate(x, []);
        var b = new LogNoisyExpectedImprovement(posteriors[1]).Evaluate(x, []);

        var value = IntegratedAcquisition.Over(posteriors, p => new LogNoisyExpectedImprovement(p)).Evaluate(x, []);

        Assert.Equal(Math.Log((Math.Exp(a) + Math.Exp(b)) / 2), value, 10);
    }

    [Fact]
    public void Analytic_gradient_matches_central_finite_differences()
    {
        var acquisition = IntegratedAcquisition.Over(Split([Model(0.15), Model(0.3), Model(0.8), Model(2.0)]), p => new LogNoisyExpectedImprovement(p));
        double[] x = [0.43, 0.71];
        var gradient = new double[2];

        acquisition.Evaluate(x, gradient);

        var numeric = FiniteDifferences.Gradient(acquisition, x);
        for (var i = 0; i < 2; i++)
            Assert.True(Math.Abs(numeric[i] - gradient[i]) < 1e-4 * (1 + Math.Abs(numeric[i])), $"component {i}: analytic {gradient[i]}, numeric {numeric[i]}");
    }
}
