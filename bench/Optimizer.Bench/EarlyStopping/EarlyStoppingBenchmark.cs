using System.Globalization;
using System.Text.Json;
using Optimizer.Core.Outcomes;
using Optimizer.Core.Pruning;
using Optimizer.Core.Strategies;
using Optimizer.Core.Studies;

namespace Optimizer.Bench.EarlyStopping;

/// <summary>
/// <c>bench early-stopping</c>: the same study with and without early stopping on <see cref="SyntheticLearningCurves"/>,
/// seed by seed; the medians of epochs spent and of the best final loss, and whether early stopping met the target
/// (at most 40% of the epochs, a best final loss no worse than 1.05x or +0.01).
/// </summary>
public static class EarlyStoppingBenchmark
{
    public static int Run(EarlyStoppingOptions options, TextWriter output)
    {
        var problem = new SyntheticLearningCurves();
        var without = new List<EarlyStoppingRunResult>();
        var with = new List<EarlyStoppingRunResult>();
        for (var seed = 1; seed <= options.Seeds; seed++)
        {
            without.Add(EarlyStoppingRun.Simulate(problem, Strategy(problem, options, seed), NoPruner.Instance, options, seed));
            with.Add(EarlyStoppingRun.Simulate(problem, Strategy(problem, options, seed), Pruners.For(options.Definition), options, seed));
        }
        var report = Summarize(options, without, with);
        if (options.Json)
            output.WriteLine(JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower }));
        else
            Write(report, output);
        return 0;
    }

    private static IStrategy Strategy(SyntheticLearningCurves problem, EarlyStoppingOptions options, int seed) =>
        options.Strategy == "sobol"
            ? new SobolStrategy(problem.Space, seed)
            : new GaussianProcessStrategy(problem.Space, new Objective("loss", ObjectiveDirection.Minimize), new GaussianProcessOptions(), seed);

    private static Report Summarize(EarlyStoppingOptions options, List<EarlyStoppingRunResult> without, List<EarlyStoppingRunResult> with)
    {
        static double Median(IEnumerable<double> values) => Quantiles.Of(values.ToArray(), 0.5);
        var rows = new[]
        {
            Row("none", without),
            Row(options.Kind, with),
        };
        var epochFraction = rows[1].MedianEpochs / rows[0].MedianEpochs;
        var lossAllowed = Math.Max(1.05 * rows[0].MedianBestFinalLoss, rows[0].MedianBestFinalLoss + 0.01);
        return new Report(options.Seeds, options.Trials, options.Workers, options.MaxStep, options.ReductionFactor, options.Strategy, options.Noise,
            rows, epochFraction, rows[1].MedianBestFinalLoss - rows[0].MedianBestFinalLoss,
            epochFraction <= 0.4 && rows[1].MedianBestFinalLoss <= lossAllowed);

        static Row Row(string kind, List<EarlyStoppingRunResult> runs) => new(kind,
            Median(runs.Select(r => (double)r.Epochs)), Median(runs.Select(r => r.BestFinalLoss)),
            Median(runs.Select(r => (double)r.Complete)), Median(runs.Select(r => (double)r.Pruned)),
            [.. runs.Select(r => r.Epochs)], [.. runs.Select(r => r.BestFinalLoss)]);
    }

    private static void Write(Report report, TextWriter output)
    {
        output.WriteLine($"early stopping on synthetic learning curves: {report.Seeds} seeds, {report.Trials} trials, {report.Workers} workers, " +
                         $"{report.MaxStep} epochs, strategy {report.Strategy}, noise {report.Noise.ToString(CultureInfo.InvariantCulture)} (medians over seeds)");
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

    private sealed record Report(int Seeds, int Trials, int Workers, int MaxStep, int ReductionFactor, string Strategy, double Noise,
        IReadOnlyList<Row> Rows, double EpochFraction, double BestFinalLossChange, bool MeetsTarget);
}
