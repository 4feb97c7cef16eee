using System.Globalization;
using System.Text.Json;

namespace Optimizer.Bench.Quality;

/// <summary>Writes quality rows as an aligned text table or as a JSON list (camelCase fields).</summary>
public static class QualityReport
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
    };

    public static void WriteJson(IReadOnlyList<QualityRow> rows, TextWriter output) =>
        output.WriteLine(JsonSerializer.Serialize(rows, JsonOptions));

    public static void WriteTable(IReadOnlyList<QualityRow> rows, TextWriter output)
    {
        string[] header = ["problem", "strategy", "mode", "pending", "evals", "median", "q25", "q75", "seeds"];
        var cells = rows.Select(r => new[]
        {
            r.Problem, r.Strategy, r.Mode, Invariant(r.Pending), Invariant(r.Evaluations),
            Number(r.Median), Number(r.Q25), Number(r.Q75), Invariant(r.Seeds),
        }).Prepend(header).ToArray();
        var widths = Enumerable.Range(0, header.Length).Select(c => cells.Max(row => row[c].Length)).ToArray();
        foreach (var row in cells)
            // Text columns left-aligned, numbers right-aligned.
            output.WriteLine(string.Join("  ", row.Select((cell, c) => c < 3 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]))).TrimEnd());
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);
}
