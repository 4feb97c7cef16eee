using Optimizer.Core.Outcomes;
using Optimizer.Core.Problems;

namespace Optimizer.Bench.Quality;

/// <summary>Runs every problem x strategy x pending count of the options over all seeds (in parallel) and summarizes them.</summary>
public static class QualityBenchmark
{
    public static IReadOnlyList<QualityRow> Run(QualityOptions options)
    {
        var rows = new List<QualityRow>();
        foreach (var problemName in options.Problems)
        {
            var description = ProblemRegistry.Create(problemName, seed: 0);
            var objective = description.Objectives[0];
            var optimum = options.Regret ? description.Optimum : null;
            foreach (var strategyName in options.Strategies)
                foreach (var pending in options.Pending)
                {
                    var traces = new double[options.Seeds][];
                    Parallel.For(0, options.Seeds, seed =>
                    {
                        var problem = ProblemRegistry.Create(problemName, seed);
                        var strategy = StrategyRegistry.Create(strategyName, problem, seed);
                        traces[seed] = options.Score == IncumbentScore.BestObserved
                            ? OptimizationRun.IncumbentValueTrace(problem, strategy, pending, options.MaxBudget)
                            : OptimizationRun.RecommendedValueTrace(problem, strategy, ScoredObjective(problem, options.Score), pending, options.Budgets);
                    });
                    foreach (var budget in options.Budgets)
                    {
                        var values = traces.Select(t => t[budget - 1]).ToArray();
                        var regrets = optimum is null
                            ? null
                            : values.Select(v => objective.ToMaximization(optimum.Value) - objective.ToMaximization(v)).ToArray();
                        double? regret = regrets is null ? null : Quantiles.Of(regrets, 0.5);
                        rows.Add(new QualityRow(
                            problemName, Label(strategyName, options.Score), pending == 0 ? "sequential" : "asynchronous", pending, budget,
                            Quantiles.Of(values, 0.5), Quantiles.Of(values, 0.25), Quantiles.Of(values, 0.75), regret,
                            values.MinBy(objective.ToMaximization), options.Seeds, values, regrets));
                    }
                }
        }
        return rows;
    }

    // The objective a recommendation is made for: the problem's, or with its noise stated (one sd, or each trial's error).
    private static Objective ScoredObjective(IProblem problem, IncumbentScore score) => score switch
    {
        IncumbentScore.RecommendedWithStatedNoise when problem is NoisyProblem noisy => noisy.StatedObjective,
        IncumbentScore.RecommendedWithStatedNoise => throw new BenchUsageException($"--score recommended-stated needs noisy problems; '{problem.Name}' has no noise"),
        _ => problem.Objectives[0],
    };

    // Rows scored by a recommendation say so, so they are not compared as the best observed point.
    private static string Label(string strategy, IncumbentScore score) => score switch
    {
        IncumbentScore.Recommended => strategy + "@rec",
        IncumbentScore.RecommendedWithStatedNoise => strategy + "@rec-stated",
        _ => strategy,
    };

    /// <summary>The rows at the suite's budget with a regret, beside the reference medians of their problem.</summary>
    public static IReadOnlyList<SuiteComparison> Compare(IReadOnlyList<QualityRow> rows, ReferenceResults references) =>
        rows.Where(r => r.Evaluations == SuiteBudget && r.PerSeedRegret is not null)
            .Select(r => new SuiteComparison(
                r.Problem, r.Strategy, Math.Max(r.Pending, 1), HigherIsBetter: false, r.Regret!.Value, r.PerSeedRegret!,
                ReferenceResults.Compared.ToDictionary(o => o, o => references.Median(r.Problem, o))))
            .ToList();

    /// <summary>The evaluations per run of the public suite's protocol.</summary>
    public const int SuiteBudget = 40;
}
