using Optimizer.Core.MultiObjective;
using Optimizer.Core.Outcomes;
using Optimizer.Core.Problems;
using Optimizer.Core.Strategies;
using Optimizer.Core.Studies;

namespace Optimizer.Bench.Scaling;

/// <summary>
/// A problem of the scaling benchmark: the strategy that proposes for it, a quality score of the trials so far
/// (higher is better) and the target score that ends a run.
/// hartmann6: GP-BO (LogNEI with fantasies of pending points), score = -best value, target best &lt;= -3.2 (optimum -3.32237).
/// branin-currin: NSGA-II (there is no multi-objective BO strategy yet), score = hypervolume of the minimized objectives
/// against the reference point (18, 6) used by BoTorch's benchmarks (maximum about 59.36), target 57.
/// </summary>
internal sealed record ScalingProblem(
    string Name,
    IProblem Problem,
    Func<int, IStrategy> Strategy,
    Func<IReadOnlyList<Observation>, double> Score,
    double Target,
    int DefaultBudget)
{
    public static IReadOnlyCollection<string> Names { get; } = ["hartmann6", "branin-currin"];

    /// <summary>The problem called <paramref name="name"/>; hartmann6 proposes with the bench strategy <paramref name="strategy"/>.</summary>
    public static ScalingProblem Create(string name, string strategy) => name switch
    {
        "hartmann6" => Hartmann6(strategy),
        "branin-currin" => BraninCurrin(),
        _ => throw new BenchUsageException($"unknown problem '{name}'; known: {string.Join(", ", Names)}"),
    };

    private static ScalingProblem Hartmann6(string strategy)
    {
        var problem = new Hartmann6();
        var objective = problem.Objectives[0];
        return new ScalingProblem("hartmann6", problem,
            seed => StrategyRegistry.Create(strategy, problem, seed),
            history => history.Count == 0 ? double.NegativeInfinity : -history.Min(o => o.Values[objective.Name]),
            Target: 3.2, DefaultBudget: 200);
    }

    private static ScalingProblem BraninCurrin()
    {
        var problem = new BraninCurrin();
        var names = problem.Objectives.Select(o => o.Name).ToArray();
        double[] reference = [-18, -6];
        return new ScalingProblem("branin-currin", problem,
            seed => new Nsga2Strategy(problem.Space, problem.Objectives, [], seed),
            history => Hypervolume.Compute(history.Select(o => names.Select(n => -o.Values[n]).ToArray()).ToArray(), reference),
            Target: 57, DefaultBudget: 400);
    }
}
