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

    /// <summary>Seconds since <paramref name="started"/>, for a <c>train_seconds</c> metric.</summary>
    public static double SecondsSince(long started) => Math.Round(Stopwatch.GetElapsedTime(started).TotalSeconds, 3);
}
