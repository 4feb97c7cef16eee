using System.Globalization;
using System.Text.Json;

namespace Optimizer.Bench.Latency;

/// <summary>Writes latency rows as an aligned text table or as a JSON list (snake_case fields: n, d, pending, median_ms, ...).</summary>
public static class LatencyReport
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
    };

    public static void WriteJson(IReadOnlyList<LatencyRow> rows, TextWriter output) =>
        output.WriteLine(JsonSerializer.Serialize(rows, JsonOptions));

    public static void WriteTable(IReadOnlyList<LatencyRow> rows, TextWriter output)
    {
        output.WriteLine($"# Hartmann6 Sobol history, seed {LatencyBenchmark.Seed}, {Environment.ProcessorCount} processors; " +
                         "median/p90/mean over consecutive proposals of one instance, refit = a fresh instance's first proposal");
        string[] header = ["strategy", "n", "d", "pending", "repeats", "gap_ms", "median_ms", "p90_ms", "mean_ms", "refit_ms"];
        var cells = rows.Select(r => (IReadOnlyList<string>)
        [
            r.Strategy, Invariant(r.N), Invariant(r.D), Invariant(r.Pending), Invariant(r.Repeats), Invariant(r.GapMs),
            Milliseconds(r.MedianMs), Milliseconds(r.P90Ms), Milliseconds(r.MeanMs), Milliseconds(r.RefitMs),
        ]);
        TextTable.Write(header, cells, textColumns: 1, output);
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Milliseconds(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
}
