using Optimizer.Core.Acquisition;
using Optimizer.Core.Models;
using Optimizer.Core.Sampling;

namespace Optimizer.Core.Tests.Acquisition;

public sealed class AcquisitionGradientTests
{
    private static FantasyPosterior Posterior(int pendingCount, bool believer = false, double[]? pendingAt = null)
    {
        var random = new Random(3);
        var x = Enumerable.Range(0, 15).Select(_ => new[] { random.NextDouble(), random.NextDouble() }).ToArray();
        var y = x.Select(p => Math.Sin(6 * p[0]) - (p[1] - 0.3) * (p[1] - 0.3)).ToArray();
        var gp = GaussianProcess.Condition(new GpHyperparameters([0.3, 0.5], 1.2, 1e-3, 0.0), KernelKind.Matern52, x, y);
        var pending = Enumerable.Range(0, pendingCount).Select(_ => pendingAt ?? [random.NextDouble(), random.NextDouble()]).ToList();
        return FantasyPosterior.Create(gp, pending, QuasiNormalSamples.Draw(16, 8 + 2 * pendingCount, 5), 8, believer ? PendingOutcomes.PosteriorMean : PendingOutcomes.NoisySamples);
    }

    public static TheoryData<string, int> Cases => new()
    {
        { "lognei", 0 }, { "lognei", 3 }, { "ucb", 0 }, { "ucb", 3 }, { "lognei-believer", 3 }, { "mes", 0 }, { "mes", 3 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Analytic_gradient_matches_central_finite_differences(string kind, int pending)
    {
        var posterior = Posterior(pending, kind.EndsWith("believer"));
        IAcquisition acquisition = kind switch
        {
            "ucb" => new UpperConfidenceBound(posterior, 4.0),
            "mes" => new MaxValueEntropySearch(posterior),
            _ => new LogNoisyExpectedImprovement(posterior),
        };
        double[] x = [0.37, 0.61];
        var gradient = new double[2];

        acquisition.Evaluate(x, gradient);

        var numeric = FiniteDifferences.Gradient(acquisition, x);
        for (var i = 0; i < 2; i++)
            Assert.True(Math.Abs(numeric[i] - gradient[i]) < 1e-4 * (1 + Math.Abs(numeric[i])), $"{kind} component {i}: analytic {gradient[i]}, numeric {numeric[i]}");
    }

    [Fact]
    public void Max_value_entropy_search_learns_less_at_a_point_once_it_is_pending()
    {
        double[] candidate = [0.26, 0.3];
        var free = new MaxValueEntropySearch(Posterior(0));
        var withPending = new MaxValueEntropySearch(Posterior(1, pendingAt: candidate));

        var before = free.Evaluate(candidate, []);
        var after = withPending.Evaluate(candidate, []);

        Assert.True(after < before - 2.0, $"log MES before {before}, while pending {after}");
    }

    [Fact]
    public void A_point_loses_its_improvement_once_it_is_pending()
    {
        var free = new LogNoisyExpectedImprovement(Posterior(0));
        double[] candidate = [0.26, 0.3];
        var withPending = new LogNoisyExpectedImprovement(Posterior(1, pendingAt: candidate));

        var before = free.Evaluate(candidate, []);
        var after = withPending.Evaluate(candidate, []);

        Assert.True(after < before - 2.0, $"log EI before {before}, while pending {after}");
    }
}
