using System.Diagnostics;
using System.Text.Json;

namespace MagicTelescope;

/// <summary>Reports an evaluator's metrics the way Optimizer reads them: a JSON object in <c>$OPTIMIZER_RESULT_FILE</c> and as the last stdout line.</summary>
public static class TrialMetrics
{
    /// <summary>Writes <paramref name="metrics"/> to the result file (when set) and to stdout.</summary>
    public static void Report(IReadOnlyDictionary<string, double> metrics)
    {
        var json = JsonSerializer.Serialize(metrics);
        var resultFile = Environment.GetEnvironmentVariable("OPTIMIZER_RESULT_FILE");
        if (!string.IsNullOrEmpty(resultFile))
        {
            File.WriteAllText(resultFile, json);
        }

        Console.WriteLine(json);
    }

    /// <summary>
    /// Prints one intermediate report, <c>{"step": 3, "signal_efficiency": 0.41}</c>, on stdout (flushed): the learning
    /// curve early stopping reads. Steps count from 1 and increase.
    /// </summary>
    public static void ReportStep(int step, IReadOnlyDictionary<string, double> metrics) =>
        Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, double>(metrics) { ["step"] = step }));

    /// <summary>Seconds since <paramref name="started"/>, for a <c>train_seconds</c> metric.</summary>
    public static double SecondsSince(long started) => Math.Round(Stopwatch.GetElapsedTime(started).TotalSeconds, 3);
}
