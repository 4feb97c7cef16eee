using Optimizer.Core.Outcomes;
using Optimizer.Core.Space;
using Optimizer.Core.Strategies;

namespace Optimizer.Core.Tests.Strategies;

public sealed class LatinHypercubeStrategyTests
{
    private static readonly SearchSpace Square = new([new FloatParameter("a", 0, 1), new FloatParameter("b", 0, 1)]);

    [Fact]
    public void Points_handed_out_one_at_a_time_form_a_latin_hypercube_then_continue()
    {
        var strategy = new LatinHypercubeStrategy(Square, seed: 4, designSize: 8);
        var pending = new List<Assignment>();

        for (var i = 0; i < 10; i++)
            pending.Add(strategy.Propose([], pending, 1)[0]);

        foreach (var name in new[] { "a", "b" })
        {
            var strata = pending.Take(8).Select(p => (int)(p[name].Number * 8)).OrderBy(s => s);
            Assert.Equal(Enumerable.Range(0, 8), strata);
        }
        Assert.Equal(10, pending.Select(p => (p["a"].Number, p["b"].Number)).Distinct().Count());
    }

    [Fact]
    public void Gaussian_process_strategy_can_start_from_a_latin_hypercube()
    {
        var objective = new Optimizer.Core.Outcomes.Objective("y", Optimizer.Core.Outcomes.ObjectiveDirection.Minimize);
        var options = new GaussianProcessOptions(InitialDesign: InitialDesignKind.LatinHypercube) { InitialTrials = 6 };
        var strategy = new GaussianProcessStrategy(Square, objective, options, seed: 4);
        var design = new LatinHypercubeStrategy(Square, seed: 4, designSize: 6);

        Assert.Equal(design.Propose([], [], 3).Select(p => p["a"].Number), strategy.Propose([], [], 3).Select(p => p["a"].Number));
    }
}
