using Optimizer.Core.Json;
using Optimizer.Core.Studies;

namespace Optimizer.Cli.Output;

/// <summary>
/// Trials as CSV (RFC 4180): number, state, attempt, worker, times, then one column per parameter
/// (<c>params.NAME</c>) and per metric (<c>values.NAME</c>), in the order they first appear, then the error. The
/// prefixes keep a parameter and a metric of the same name (bdt-trigger's <c>max_depth</c>) apart. The
/// <see cref="TrialMarks"/> follow the metrics as <c>pareto</c> or <c>recommended</c> (true or false). A trial that reported
/// intermediate values has its last step in <c>last_step</c> and that step's values in <c>intermediate.NAME</c>.
/// </summary>
internal static class TrialCsv
{
    public static void Write(IReadOnlyList<Trial> trials, TextWriter output, TrialMarks? marks, IReadOnlyDictionary<int, IReadOnlyList<IntermediateReport>> intermediate)
    {
        var parameters = trials.SelectMany(t => t.Parameters.Keys).Distinct().ToArray();
        var metrics = trials.SelectMany(t => t.Values.Keys).Distinct().ToArray();
        var last = intermediate.ToDictionary(r => r.Key, r => r.Value[^1]);
        var steps = last.Values.SelectMany(r => r.Values.Keys).Distinct().ToArray();
        WriteRow(output, ["number", "state", "attempt", "worker", "started_at", "finished_at", .. parameters.Select(p => $"params.{p}"),
            .. metrics.Select(m => $"values.{m}"), .. MarkNames(marks), "last_step", .. steps.Select(m => $"intermediate.{m}"), "error"]);
        foreach (var trial in trials)
        {
            var report = last.GetValueOrDefault(trial.Number);
            WriteRow(output,
            [
                trial.Number.ToString(),
                TrialText.State(trial.State),
                trial.Attempt.ToString(),
                trial.Worker ?? "",
                trial.StartedAt is { } s ? TrialText.IsoTime(s) : "",
                trial.FinishedAt is { } f ? TrialText.IsoTime(f) : "",
                .. parameters.Select(p => trial.Parameters.TryGetValue(p, out var v) ? v.ToString() : ""),
                .. metrics.Select(m => trial.Values.TryGetValue(m, out var v) ? Number(v) : ""),
                .. MarkValues(marks, trial.Number),
                report?.Step.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
                .. steps.Select(m => report is not null && report.Values.TryGetValue(m, out var v) ? Number(v) : ""),
                trial.Error ?? "",
            ]);
        }
    }

    private static IEnumerable<string> MarkNames(TrialMarks? marks)
    {
        if (marks?.Pareto is not null) yield return "pareto";
        if (marks?.Recommended is not null) yield return "recommended";
    }

    private static IEnumerable<string> MarkValues(TrialMarks? marks, int number)
    {
        if (marks?.Pareto is { } pareto) yield return pareto.Contains(number) ? "true" : "false";
        if (marks?.Recommended is { } recommended) yield return number == recommended ? "true" : "false";
    }

    private static string Number(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);

    private static void WriteRow(TextWriter output, IEnumerable<string> fields) =>
        output.WriteLine(string.Join(',', fields.Select(Quote)));

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) < 0 ? field : $"\"{field.Replace("\"", "\"\"")}\"";
}
