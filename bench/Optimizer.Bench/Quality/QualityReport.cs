using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Optimizer.Bench.Quality;

/// <summary>Writes quality rows as an aligned text table or as a JSON list (camelCase fields; <c>regret</c> only when known and asked for).</summary>
public static class QualityReport
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
    };

    public static void WriteJson<T>(T value, TextWriter output) =>
        output.WriteLine(JsonSerializer.Serialize(value, JsonOptions));

    /// <summary>The table; a <c>regret</c> column appears when any row has one ("-" where the optimum is unknown).</summary>
    public static void WriteTable(IReadOnlyList<QualityRow> rows, TextWriter output)
    {
        var withRegret = rows.Any(r => r.Regret is not null);
        string[] header = ["problem", "strategy", "mode", "pending", "evals", "median", "q25", "q75", .. withRegret ? ["regret"] : Array.Empty<string>(), "worst", "seeds"];
        var cells = rows.Select(r => (IReadOnlyList<string>)
        [
            r.Problem, r.Strategy, r.Mode, Invariant(r.Pending), Invariant(r.Evaluations),
            Number(r.Median), Number(r.Q25), Number(r.Q75),
            .. withRegret ? [r.Regret is { } regret ? regret.ToString("0.00E+00", CultureInfo.InvariantCulture) : "-"] : Array.Empty<string>(),
            Number(r.Worst), Invariant(r.Seeds),
        ]);
        TextTable.Write(header, cells, textColumns: 3, output);
    }

    /// <summary>
    /// Every seed's regret (its value where the optimum is unknown) of the rows off the suite's budget, which the
    /// suite comparison leaves out; nothing when there are none.
    /// </summary>
    public static void WriteOffSuitePerSeed(IReadOnlyList<QualityRow> rows, TextWriter output)
    {
        var offSuite = rows.Where(r => r.Evaluations != QualityBenchmark.SuiteBudget).ToList();
        if (offSuite.Count == 0) return;
        string[] header = ["problem", "strategy", "workers", "evals", "per seed"];
        var cells = offSuite.Select(r => (IReadOnlyList<string>)
        [
            r.Problem, r.Strategy, Invariant(Math.Max(r.Pending, 1)), Invariant(r.Evaluations),
            string.Join(" ", (r.PerSeedRegret ?? r.Values).Select(v => v.ToString("G3", CultureInfo.InvariantCulture))),
        ]);
        output.WriteLine();
        TextTable.Write(header, cells, textColumns: 2, output);
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);
}
