namespace Optimizer.Bench.Quality;

/// <summary>Runs every problem x strategy x pending count of the options over all seeds (in parallel) and summarizes them.</summary>
public static class QualityBenchmark
{
    public static IReadOnlyList<QualityRow> Run(QualityOptions options)
    {
        var rows = new List<QualityRow>();
        foreach (var problemName in options.Problems)
            foreach (var strategyName in options.Strategies)
                foreach (var pending in options.Pending)
                {
                    var traces = new double[options.Seeds][];
                    Parallel.For(0, options.Seeds, seed =>
                    {
                        var problem = ProblemRegistry.Create(problemName, seed);
                        var strategy = StrategyRegistry.Create(strategyName, problem.Space, seed);
                        traces[seed] = OptimizationRun.BestValueTrace(problem, strategy, pending, options.MaxBudget);
                    });
                    foreach (var budget in options.Budgets)
                    {
                        var best = traces.Select(t => t[budget - 1]).ToArray();
                        rows.Add(new QualityRow(
                            problemName, strategyName, pending == 0 ? "sequential" : "asynchronous", pending, budget,
                            Quantiles.Of(best, 0.5), Quantiles.Of(best, 0.25), Quantiles.Of(best, 0.75), options.Seeds));
                    }
                }
        return rows;
    }
}
