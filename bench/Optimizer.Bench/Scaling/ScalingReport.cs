using System.Globalization;

namespace Optimizer.Bench.Scaling;

/// <summary>The scaling rows as an aligned text table.</summary>
public static class ScalingReport
{
    public static void WriteTable(IReadOnlyList<ScalingRow> rows, TextWriter output) =>
        TextTable.Write(
            ["problem", "W", "mode", "time to target", "reached", "utilization", "trials", "speed-up vs W=1"],
            rows.Select(r => (IReadOnlyList<string>)
            [
                r.Problem, r.Workers.ToString(CultureInfo.InvariantCulture), r.Mode,
                r.MedianTimeToTarget is { } t ? t.ToString("F2", CultureInfo.InvariantCulture) : "-",
                $"{r.Reached}/{r.Seeds}", r.Utilization.ToString("P1", CultureInfo.InvariantCulture),
                r.MeanTrials.ToString("F1", CultureInfo.InvariantCulture),
                r.SpeedUp is { } s ? s.ToString("F1", CultureInfo.InvariantCulture) + "x" : "-",
            ]),
            textColumns: 3, output);
}
