using System.Diagnostics;
using System.Globalization;
using Optimizer.Bench.Quality;
using Optimizer.Core.Outcomes;
using Optimizer.Core.Problems;
using Optimizer.Core.Space;
using Optimizer.Core.Strategies;

namespace Optimizer.Bench.MultiObjective;

/// <summary>
/// <c>mo-latency</c>: wall time of one proposal with 2 objectives and 1 black-box constraint (BraninCurrin with the
/// constraint f1 + f2 &lt;= 60 as a third modelled metric) at n observations (Sobol points) and 4 pending points. The
/// first proposal at each n includes the hyper-parameter fit of every GP; the next ones extend the cached models by the
/// newest observation, as in a running study; median and maximum of those are reported.
/// </summary>
public static class MultiObjectiveLatency
{
    public const string Usage = "usage: bench mo-latency [--n 100,300] [--repeats 5] [--acquisition nehvi|parego]";

    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        int[] sizes = [100, 300];
        var repeats = 5;
        var acquisition = MultiObjectiveAcquisition.NoisyExpectedHypervolumeImprovement;
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new BenchUsageException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--n": sizes = Value().Split(',').Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToArray(); break;
                case "--repeats": repeats = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--acquisition": acquisition = Value() == "parego" ? MultiObjectiveAcquisition.Parego : MultiObjectiveAcquisition.NoisyExpectedHypervolumeImprovement; break;
                default: throw new BenchUsageException($"unknown option '{args[i]}'");
            }
        }
        var problem = new BraninCurrin();
        OutcomeConstraint[] constraints = [new("sum", null, 60)];
        output.WriteLine($"{"n",5} {"pending",7} {"first (fit) s",14} {"median s",9} {"max s",7}");
        foreach (var n in sizes)
        {
            var strategy = new MultiObjectiveGpStrategy(problem.Space, problem.Objectives, constraints, new MultiObjectiveOptions(Acquisition: acquisition) { InitialTrials = 1 }, seed: 1);
            var design = new SobolStrategy(problem.Space, 1).Propose([], [], n + repeats + 4);
            var history = design.Take(n).Select(Observe).ToList();
            var pending = design.Skip(n).Take(4).ToList();
            var times = new List<double>();
            for (var r = 0; r <= repeats; r++)
            {
                var clock = Stopwatch.StartNew();
                strategy.Propose(history, pending, 1);
                times.Add(clock.Elapsed.TotalSeconds);
                history.Add(Observe(design[n + 4 + Math.Min(r, repeats - 1)]));
            }
            var warm = times.Skip(1).ToArray();
            output.WriteLine($"{n,5} {4,7} {times[0],14:0.000} {Quantiles.Of(warm, 0.5),9:0.000} {warm.Max(),7:0.000}");
        }
        return 0;

        Observation Observe(Assignment point)
        {
            var values = new Dictionary<string, double>(new BraninCurrin().Evaluate(point));
            values["sum"] = values["f1"] + values["f2"];
            return new Observation(point, values);
        }
    }
}
