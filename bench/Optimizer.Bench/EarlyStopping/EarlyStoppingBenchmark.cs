using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Optimizer.Core.Outcomes;
using Optimizer.Core.Pruning;
using Optimizer.Core.Strategies;
using Optimizer.Core.Studies;

namespace Optimizer.Bench.EarlyStopping;

/// <summary>
/// <c>bench early-stopping</c>: the same study with and without early stopping on <see cref="SyntheticLearningCurves"/> or
/// <see cref="MagicTelescopeMlp"/>, seed by seed; the medians of epochs spent and of the best final loss, and whether early
/// stopping met the target (at most 40% of the epochs, a best final loss no worse than 1.05x or +0.01), as a table and a
/// JSON line.
/// </summary>
public static class EarlyStoppingBenchmark
{
    public static int Run(EarlyStoppingOptions options, TextWriter output)
    {
        var started = Stopwatch.GetTimestamp();
        ILearningCurveProblem problem = options.Trainer == EarlyStoppingOptions.Magic
            ? new MagicTelescopeMlp(options.Events)
            : new SyntheticLearningCurves(options.Noise);
        var without = new List<EarlyStoppingRunResult>();
        var with = new List<EarlyStoppingRunResult>();
        for (var seed = 1; seed <= options.Seeds; seed++)
        {
            without.Add(EarlyStoppingRun.Simulate(problem, Strategy(problem, options, seed), NoPruner.Instance, options, seed));
            with.Add(EarlyStoppingRun.Simulate(problem, Strategy(problem, options, seed), Pruners.For(options.Definition), options, seed));
        }
        var report = Summarize(problem, options, without, with, Stopwatch.GetElapsedTime(started).TotalSeconds);
        Write(report, output);
        output.WriteLine(JsonSerializer.Serialize(report, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower }));
        return 0;
    }

    private static IStrategy Strategy(ILearningCurveProblem problem, EarlyStoppingOptions options, int seed) =>
        options.Strategy == "sobol"
            ? new SobolStrategy(problem.Space, seed)
            : new GaussianProcessStrategy(problem.Space, new Objective("loss", ObjectiveDirection.Minimize), new GaussianProcessOptions(), seed);

    private static Report Summarize(ILearningCurveProblem problem, EarlyStoppingOptions options,
        List<EarlyStoppingRunResult> without, List<EarlyStoppingRunResult> with, double seconds)
    {
        static double Median(IEnumerable<double> values) => Quantiles.Of(values.ToArray(), 0.5);
        var rows = new[]
        {
            Row("none", without),
            Row(options.Kind, with),
        };
        var epochFraction = rows[1].MedianEpochs / rows[0].MedianEpochs;
        var lossAllowed = Math.Max(1.05 * rows[0].MedianBestFinalLoss, rows[0].MedianBestFinalLoss + 0.01);
        return new Report(options.Trainer, problem.Description, options.Seeds, options.Trials, options.Workers, options.MaxStep,
            options.ReductionFactor, options.Strategy, rows, epochFraction, rows[1].MedianBestFinalLoss - rows[0].MedianBestFinalLoss,
            epochFraction <= 0.4 && rows[1].MedianBestFinalLoss <= lossAllowed, Math.Round(seconds, 1));

        static Row Row(string kind, List<EarlyStoppingRunResult> runs) => new(kind,
            Median(runs.Select(r => (double)r.Epochs)), Median(runs.Select(r => r.BestFinalLoss)),
            Median(runs.Select(r => (double)r.Complete)), Median(runs.Select(r => (double)r.Pruned)),
            [.. runs.Select(r => r.Epochs)], [.. runs.Select(r => r.BestFinalLoss)]);
    }

    private static void Write(Report report, TextWriter output)
    {
        output.WriteLine($"early stopping on {report.Problem}: {report.Seeds} seeds, {report.Trials} trials, {report.Workers} workers, " +
                         $"{report.MaxStep} epochs, strategy {report.Strategy} (medians over seeds; {report.Seconds.ToString("0", CultureInfo.InvariantCulture)} s)");
        TextTable.Write(["early stopping", "epochs", "best final loss", "complete", "pruned"],
            report.Rows.Select(r => (IReadOnlyList<string>)[r.Kind, F(r.MedianEpochs, "0"), F(r.MedianBestFinalLoss, "0.0000"), F(r.MedianComplete, "0"), F(r.MedianPruned, "0")]),
            textColumns: 1, output);
        output.WriteLine($"epochs with early stopping: {report.EpochFraction.ToString("P1", CultureInfo.InvariantCulture)} of those without; " +
                         $"best final loss {report.BestFinalLossChange.ToString("+0.0000;-0.0000", CultureInfo.InvariantCulture)}; " +
                         $"target (<= 40% of the epochs, loss <= max(1.05x, +0.01)): {(report.MeetsTarget ? "met" : "NOT met")}");
    }

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private sealed record Row(string Kind, double MedianEpochs, double MedianBestFinalLoss, double MedianComplete, double MedianPruned,
        int[] Epochs, double[] BestFinalLosses);

    private sealed record Report(string Trainer, string Problem, int Seeds, int Trials, int Workers, int MaxStep, int ReductionFactor, string Strategy,
        IReadOnlyList<Row> Rows, double EpochFraction, double BestFinalLossChange, bool MeetsTarget, double Seconds);
}
