using System.Globalization;
using Optimizer.Core.Json;
using Optimizer.Core.Space;
using Optimizer.Core.Studies;

namespace Optimizer.Cli.Output;

/// <summary>Plain-text renderings of trials for logs and summaries (invariant culture, so logs parse the same everywhere).</summary>
internal static class TrialText
{
    /// <summary><c>trial 7 complete on local-2 in 1.3 s: x=0.25, n=3 -> loss=0.0123</c>, or the failure reason.</summary>
    public static string Line(Trial trial)
    {
        var where = trial.Worker is null ? "" : $" on {trial.Worker}";
        var took = Duration(trial) is { } seconds ? $" in {seconds.ToString("0.0", CultureInfo.InvariantCulture)} s" : "";
        var outcome = trial.State switch
        {
            TrialState.Complete => $"-> {Values(trial.Values)}",
            TrialState.Pruned => "-> stopped early",
            _ => $"error: {OneLine(trial.Error)}",
        };
        return $"trial {trial.Number} {State(trial.State)}{where}{took}: {Parameters(trial.Parameters)} {outcome}";
    }

    public static string State(TrialState state) => state.ToString().ToLowerInvariant();

    public static string Parameters(Assignment parameters) =>
        string.Join(", ", parameters.Select(p => $"{p.Key}={Number(p.Value)}"));

    public static string Values(IReadOnlyDictionary<string, double> values) =>
        string.Join(", ", values.Select(v => $"{v.Key}={Number(v.Value)}"));

    public static string Number(double value) => value.ToString("G6", CultureInfo.InvariantCulture);

    public static double? Duration(Trial trial) =>
        trial is { StartedAt: { } start, FinishedAt: { } end } ? (end - start).TotalSeconds : null;

    public static string Elapsed(TimeSpan elapsed) =>
        elapsed.TotalHours >= 1 ? $"{(int)elapsed.TotalHours}h{elapsed.Minutes:00}m{elapsed.Seconds:00}s"
        : elapsed.TotalMinutes >= 1 ? $"{elapsed.Minutes}m{elapsed.Seconds:00}s"
        : $"{elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)}s";

    /// <summary>ISO-8601 in UTC, to the millisecond: <c>2025-01-31T14:05:09.123Z</c>.</summary>
    public static string IsoTime(DateTimeOffset time) => TrialJson.Time(time);

    // A log line stays one line: the stderr tail of a failure is joined with " | ".
    private static string OneLine(string? text) =>
        string.Join(" | ", (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static string Number(ParameterValue value) => value.IsCategorical ? value.Choice! : Number(value.Number);
}
