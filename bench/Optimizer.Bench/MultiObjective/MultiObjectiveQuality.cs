using System.Globalization;
using Optimizer.Bench.Quality;
using Optimizer.Core.Strategies;

namespace Optimizer.Bench.MultiObjective;

/// <summary>
/// <c>mo-quality</c>: hypervolume of the feasible evaluations after each budget, median and interquartile range over
/// seeds, for every problem x pending count x strategy, with the fraction of the gap between Random's median and the
/// maximum hypervolume that each strategy closes, then the last budget's medians beside the suite's references.
/// Defaults: the public suite's protocol (5 problems, 40 evaluations, 4 asynchronous workers, seeds 0-2).
/// </summary>
public static class MultiObjectiveQuality
{
    public const string Usage =
        "usage: bench mo-quality [--problems branin_currin,zdt2] [--strategies nehvi,random] [--seeds 3]\n" +
        "                        [--budgets 40] [--pending 4] [--json]   (defaults: the public suite's 5 problems, its protocol)";

    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var problems = MultiObjectiveProblems.Suite.ToArray();
        string[] strategies = ["nehvi"];
        var seeds = 3;
        int[] budgets = [QualityBenchmark.SuiteBudget];
        int[] pendings = [4];
        var json = false;
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new BenchUsageException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--problems": problems = CommaSeparated.Names(Value(), MultiObjectiveProblems.Names, "problem"); break;
                case "--strategies": strategies = CommaSeparated.Names(Value(), MultiObjectiveStrategies.Names, "strategy"); break;
                case "--json": json = true; break;
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
        var references = ReferenceResults.Load();
        var comparisons = (from problem in problems
                           from pending in pendings
                           from strategy in strategies
                           let perSeed = jobs.Select((j, k) => (j, k)).Where(t => t.j.problem == problem && t.j.pending == pending && t.j.strategy == strategy)
                               .Select(t => traces[t.k][^1]).ToArray()
                           select new SuiteComparison(problem, strategy, Math.Max(pending, 1), HigherIsBetter: true, Quantiles.Of(perSeed, 0.5), perSeed,
                               ReferenceResults.Compared.ToDictionary(o => o, o => references.Median(problem, o)))).ToList();
        if (json)
        {
            QualityReport.WriteJson(comparisons, output);
            return 0;
        }
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
                        return $"{$"{F(median)} [{F(Quantiles.Of(values, 0.25))}, {F(Quantiles.Of(values, 0.75))}]",-28} {(double.IsNaN(gap) ? "-" : gap.ToString("0.00", CultureInfo.InvariantCulture)),5}";
                    });
                    output.WriteLine($"{pending,7} {strategy,-8} {string.Join(" ", cells)}");
                }
            }
            output.WriteLine();
        }
        SuiteComparisonReport.WriteTable(comparisons, output);
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
