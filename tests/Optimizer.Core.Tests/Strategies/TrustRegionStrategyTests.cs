using Optimizer.Core.Optimization;
using Optimizer.Core.Outcomes;
using Optimizer.Core.Space;
using Optimizer.Core.Strategies;

namespace Optimizer.Core.Tests.Strategies;

public sealed class TrustRegionStrategyTests
{
    // One dimension: the length-scale weight is 1, so the box is [c - L / 2, c + L / 2] around the incumbent c.
    private static readonly SearchSpace Line = new([new FloatParameter("x", 0, 1)]);

    private static readonly Objective Loss = new("loss", ObjectiveDirection.Minimize);

    // Side at most 0.2: it never doubles (a success tolerance no history reaches) and only halves.
    private static readonly TrustRegionOptions SmallRegion = new(InitialLength: 0.2, SuccessTolerance: 1000);

    private static GaussianProcessOptions Options(AcquisitionKind acquisition) => new(Acquisition: acquisition)
    {
        InitialTrials = 4,
        Optimizer = new AcquisitionOptimizerOptions(RawSamples: 128, Restarts: 2, MaxIterations: 20),
        TrustRegion = SmallRegion,
    };

    // Two basins, well separated values: the better one near 0.8, a worse one near 0.2.
    private static double LossOf(double x) => Math.Min(5 * (x - 0.8) * (x - 0.8), 0.3 + 5 * (x - 0.2) * (x - 0.2));

    private static Observation Observed(double x) =>
        new(new Dictionary<string, ParameterValue> { ["x"] = ParameterValue.Of(x) }, new Dictionary<string, double> { ["loss"] = LossOf(x) });

    [Theory]
    [InlineData(AcquisitionKind.LogNoisyExpectedImprovement)]
    [InlineData(AcquisitionKind.ThompsonSampling)]
    public void Every_model_based_proposal_lies_within_half_the_side_of_the_best_observed_point(AcquisitionKind acquisition)
    {
        var strategy = new GaussianProcessStrategy(Line, Loss, Options(acquisition), seed: 5);
        var history = new List<Observation>();
        for (var i = 0; i < 12; i++)
        {
            var x = strategy.Propose(history, [], 1)[0]["x"].Number;
            if (i >= strategy.InitialTrials)
            {
                var best = history.MinBy(o => o.Values["loss"])!.Parameters["x"].Number;
                Assert.InRange(x, best - SmallRegion.InitialLength / 2 - 1e-12, best + SmallRegion.InitialLength / 2 + 1e-12);
            }
            history.Add(Observed(x));
        }
    }

    [Theory]
    [InlineData(AcquisitionKind.LogNoisyExpectedImprovement)]
    [InlineData(AcquisitionKind.ThompsonSampling)]
    public void Same_seed_history_and_pending_give_the_same_proposals(AcquisitionKind acquisition)
    {
        List<Observation> history = [.. new[] { 0.1, 0.35, 0.6, 0.9, 0.75, 0.7 }.Select(Observed)];
        Assignment[] pending = [Observed(0.78).Parameters];

        var first = new GaussianProcessStrategy(Line, Loss, Options(acquisition), seed: 9).Propose(history, pending, 2);
        var second = new GaussianProcessStrategy(Line, Loss, Options(acquisition), seed: 9).Propose(history, pending, 2);

        Assert.Equal(first, second, new AssignmentComparer());
    }
}
