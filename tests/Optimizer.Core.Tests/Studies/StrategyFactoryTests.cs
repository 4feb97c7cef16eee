using Optimizer.Core.Outcomes;
using Optimizer.Core.Space;
using Optimizer.Core.Strategies;
using Optimizer.Core.Studies;

namespace Optimizer.Core.Tests.Studies;

public sealed class StrategyFactoryTests
{
    private static readonly SearchSpace Line = new([new FloatParameter("x", 0, 1)]);

    private static StudyDefinition Definition(string kind, params Objective[] objectives) => new(
        "factory",
        Line,
        objectives,
        [],
        new EvaluatorDefinition(["true"], null, null, new Dictionary<string, string>()),
        20,
        new StrategyDefinition(kind, InitialTrials: 4));

    // Two basins: the better one near 0.8, a worse one near 0.2.
    private static double LossOf(double x) => Math.Min(5 * (x - 0.8) * (x - 0.8), 0.3 + 5 * (x - 0.2) * (x - 0.2));

    private static List<double> ClosedLoop(IStrategy strategy, int trials)
    {
        var history = new List<Observation>();
        for (var i = 0; i < trials; i++)
        {
            var point = strategy.Propose(history, [], 1)[0];
            history.Add(new Observation(point, new Dictionary<string, double> { ["loss"] = LossOf(point["x"].Number) }));
        }
        return history.Select(o => o.Parameters["x"].Number).ToList();
    }

    [Fact]
    public void Turbo_is_gp_bo_in_turbo_1s_trust_region()
    {
        var loss = new Objective("loss", ObjectiveDirection.Minimize);
        var inRegion = new GaussianProcessStrategy(Line, loss, new GaussianProcessOptions { InitialTrials = 4, TrustRegion = new TrustRegionOptions() }, seed: 4);

        var turbo = ClosedLoop(StrategyFactory.Create(Definition(StrategyDefinition.TrustRegion, loss), seed: 4), 12);
        var gp = ClosedLoop(StrategyFactory.Create(Definition(StrategyDefinition.GaussianProcess, loss), seed: 4), 12);

        Assert.Equal(ClosedLoop(inRegion, 12), turbo);
        Assert.NotEqual(gp, turbo);
    }

    [Fact]
    public void Turbo_with_two_objectives_names_the_strategies_that_take_them()
    {
        var error = Assert.Throws<NotSupportedException>(() => StrategyFactory.Create(
            Definition(StrategyDefinition.TrustRegion, new Objective("loss", ObjectiveDirection.Minimize), new Objective("luts", ObjectiveDirection.Minimize)), seed: 1));

        Assert.Contains("'turbo'", error.Message);
        Assert.Contains("nehvi", error.Message);
    }
}
