using Optimizer.Core.Outcomes;
using Optimizer.Core.Space;
using Optimizer.Core.Strategies;
using Optimizer.Core.Studies;

namespace Optimizer.Core.Tests.Studies;

public sealed class StrategyFactoryTests
{
    private static readonly SearchSpace Line = new([new FloatParameter("x", 0, 1)]);

    private static StudyDefinition Definition(string kind, params Objective[] objectives) => Definition(new StrategyDefinition(kind, InitialTrials: 4), objectives);

    private static StudyDefinition Definition(StrategyDefinition strategy, params Objective[] objectives) => new(
        "factory",
        Line,
        objectives,
        [],
        new EvaluatorDefinition(["true"], null, null, new Dictionary<string, string>()),
        20,
        strategy);

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

    [Fact]
    public void Pending_latent_proposes_beside_a_running_trial_what_gp_bo_with_latent_fantasies_does()
    {
        var loss = new Objective("loss", ObjectiveDirection.Minimize);
        var history = new[] { 0.1, 0.35, 0.6, 0.9, 0.75 }
            .Select(x => new Observation(new Dictionary<string, ParameterValue> { ["x"] = ParameterValue.Of(x) }, new Dictionary<string, double> { ["loss"] = LossOf(x) }))
            .ToList();
        var fantasies = StrategyFactory.Create(Definition(StrategyDefinition.GaussianProcess, loss), seed: 3);
        var running = fantasies.Propose(history, [], 1);
        var latent = new GaussianProcessStrategy(Line, loss, new GaussianProcessOptions(Pending: PendingHandling.LatentFantasies) { InitialTrials = 4 }, seed: 3);

        var fromFile = StrategyFactory.Create(Definition(new StrategyDefinition(StrategyDefinition.GaussianProcess, 4, PendingHandling.LatentFantasies), loss), seed: 3)
            .Propose(history, running, 1)[0]["x"].Number;

        Assert.Equal(latent.Propose(history, running, 1)[0]["x"].Number, fromFile);
        Assert.NotEqual(fantasies.Propose(history, running, 1)[0]["x"].Number, fromFile);
    }

    [Theory]
    [InlineData(StrategyDefinition.Nsga2, 1)]
    [InlineData(StrategyDefinition.Sobol, 1)]
    [InlineData(StrategyDefinition.Auto, 2)]
    public void Pending_is_refused_where_no_single_objective_gp_takes_it(string kind, int objectives)
    {
        var all = new[] { new Objective("loss", ObjectiveDirection.Minimize), new Objective("luts", ObjectiveDirection.Minimize) };

        var error = Assert.Throws<NotSupportedException>(() => StrategyFactory.Create(
            Definition(new StrategyDefinition(kind, 4, PendingHandling.KrigingBeliever), all[..objectives]), seed: 1));

        Assert.Contains("'pending'", error.Message);
        Assert.Contains($"'{kind}'", error.Message);
    }
}
