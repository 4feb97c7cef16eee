using System.Globalization;
using Optimizer.Bench.Quality;
using Optimizer.Core.Strategies;

namespace Optimizer.Bench.MultiObjective;

/// <summary>
/// <c>mo-quality</c>: hypervolume of the feasible evaluations after each budget, median and interquartile range over
/// seeds, for every problem x pending count x strategy, with the fraction of the gap between Random's median and the
/// maximum hypervolume that each strategy closes.
/// </summary>
public static class MultiObjectiveQuality
{
    public const string Usage =
        "usage: bench mo-quality [--problems branin-currin,zdt1,zdt2,srn] [--strategies random,sobol,nsga2,nehvi]\n" +
        "                        [--seeds 10] [--budgets 25,50,100] [--pending 0,4]";

    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var problems = MultiObjectiveProblems.Names.ToArray();
        string[] strategies = ["random", "sobol", "nsga2", "nehvi"];
        var seeds = 10;
        int[] budgets = [25, 50, 100];
        int[] pendings = [0, 4];
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new BenchUsageException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--problems": problems = Value().Split(','); break;
                case "--strategies": strategies = Value().Split(','); break;
                case "--seeds": seeds = Integers(Value())[0]; break;
                case "--budgets": budgets = Integers(Value()); break;
                case "--pending": pendings = Integers(Value()); break;
                default: throw new BenchUsageException($"unknown option '{args[i]}'");
            }
        }
        var jobs = (from problem in problems
                    from pending in pendings
                    from strategy in strategies
                    from seed in Enumerable.Range(0, seeds)
                    select (problem, pending, strategy, seed)).ToArray();
        var traces = new double[jobs.Length][];
        Parallel.For(0, jobs.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, k =>
        {
            var (problem, pending, strategy, seed) = jobs[k];
            var mo = MultiObjectiveProblems.Create(problem);
            traces[k] = HypervolumeTrace(mo, MultiObjectiveStrategies.Create(strategy, mo, seed), pending, budgets.Max());
        });
        foreach (var problem in problems)
        {
            var mo = MultiObjectiveProblems.Create(problem);
            output.WriteLine($"{problem}: reference {string.Join(", ", mo.Reference.Select(F))} (minimized), max hypervolume {F(mo.MaxHypervolume)}");
            output.WriteLine($"{"pending",7} {"strategy",-8} " + string.Join(" ", budgets.Select(b => $"{$"HV@{b} median [IQR]",-28} {"gap",5}")));
            foreach (var pending in pendings)
            {
                double[] At(string strategy, int budget) =>
                    jobs.Select((j, k) => (j, k)).Where(t => t.j.problem == problem && t.j.pending == pending && t.j.strategy == strategy)
                        .Select(t => traces[t.k][budget - 1]).ToArray();
                foreach (var strategy in strategies)
                {
                    var cells = budgets.Select(b =>
                    {
                        var values = At(strategy, b);
                        var random = strategies.Contains("random") ? Quantiles.Of(At("random", b), 0.5) : double.NaN;
                        var median = Quantiles.Of(values, 0.5);
                        var gap = (median - random) / (mo.MaxHypervolume - random);
                        return $"{$"{F(median)} [{F(Quantiles.Of(values, 0.25))}, {F(Quantiles.Of(values, 0.75))}]",-28} {gap,5:0.00}";
                    });
                    output.WriteLine($"{pending,7} {strategy,-8} {string.Join(" ", cells)}");
                }
            }
            output.WriteLine();
        }
        return 0;
    }

    /// <summary>Hypervolume after each evaluation, in finishing order, with <paramref name="pending"/> points always in flight (0: sequential).</summary>
    public static double[] HypervolumeTrace(MultiObjectiveProblem problem, IStrategy strategy, int pending, int budget)
    {
        var trace = new double[budget];
        AsynchronousLoop.Run(strategy, pending, budget, problem.Problem.Evaluate,
            history => trace[history.Count - 1] = MultiObjectiveProblems.Hypervolume(problem, history.Select(o => o.Values)));
        return trace;
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static int[] Integers(string list) =>
        list.Split(',').Select(v => int.TryParse(v, CultureInfo.InvariantCulture, out var n) && n >= 0 ? n : throw new BenchUsageException($"'{v}' is not a non-negative integer")).ToArray();
}
