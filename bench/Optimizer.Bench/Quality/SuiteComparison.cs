using System.Globalization;

namespace Optimizer.Bench.Quality;

/// <summary>
/// One strategy's median on one suite problem beside the reference optimizers' medians. <paramref name="HigherIsBetter"/>:
/// hypervolume (true) or regret (false); a ratio is ours / reference, so below 1 is better for regret and above 1 for hypervolume.
/// </summary>
public sealed record SuiteComparison(
    string Problem, string Strategy, int Workers, bool HigherIsBetter, double Median, IReadOnlyList<double> PerSeed,
    IReadOnlyDictionary<string, double?> References)
{
    /// <summary>How much worse than a reference still counts as "within" it in the issue's target (1.5x of BoTorch).</summary>
    public const double Tolerance = 1.5;

    /// <summary>ours / reference; null where the reference was not run or is 0.</summary>
    public double? Ratio(string optimizer) =>
        References.GetValueOrDefault(optimizer) is { } reference && reference != 0 ? Median / reference : null;

    /// <summary>Whether our median is at least as good as the reference's times <paramref name="slack"/>; null where there is no reference.</summary>
    public bool? AtLeastAsGoodAs(string optimizer, double slack = 1.0) =>
        References.GetValueOrDefault(optimizer) is not { } reference
            ? null
            : HigherIsBetter ? Median >= reference / slack : Median <= reference * slack;
}

/// <summary>Writes suite comparisons as a table with a summary of the issue's targets.</summary>
public static class SuiteComparisonReport
{
    public static void WriteTable(IReadOnlyList<SuiteComparison> rows, TextWriter output)
    {
        string[] header = ["problem", "strategy", "workers", "median", .. ReferenceResults.Compared, "/botorch", "/optuna_gp4", "per seed"];
        var cells = rows.Select(r => (IReadOnlyList<string>)
        [
            r.Problem, r.Strategy, r.Workers.ToString(CultureInfo.InvariantCulture), Number(r.Median),
            .. ReferenceResults.Compared.Select(o => r.References.GetValueOrDefault(o) is { } v ? Number(v) : "-"),
            Ratio(r.Ratio("botorch_seq")), Ratio(r.Ratio("optuna_gp_async4")),
            string.Join(" ", r.PerSeed.Select(Number)),
        ]);
        TextTable.Write(header, cells, textColumns: 2, output);
        foreach (var group in rows.GroupBy(r => (r.Strategy, r.Workers)))
        {
            var withBotorch = group.Where(r => r.AtLeastAsGoodAs("botorch_seq") is not null).ToList();
            var withOptuna = group.Where(r => r.AtLeastAsGoodAs("optuna_gp_async4") is not null).ToList();
            output.WriteLine(
                $"{group.Key.Strategy}, {group.Key.Workers} workers: at least as good as botorch_seq on {withBotorch.Count(r => r.AtLeastAsGoodAs("botorch_seq") == true)} of {withBotorch.Count}, " +
                $"within {SuiteComparison.Tolerance}x of it on {withBotorch.Count(r => r.AtLeastAsGoodAs("botorch_seq", SuiteComparison.Tolerance) == true)} of {withBotorch.Count}, " +
                $"at least as good as optuna_gp_async4 on {withOptuna.Count(r => r.AtLeastAsGoodAs("optuna_gp_async4") == true)} of {withOptuna.Count}");
        }
    }

    private static string Number(double value) => value.ToString("G3", CultureInfo.InvariantCulture);

    private static string Ratio(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "-";
}
