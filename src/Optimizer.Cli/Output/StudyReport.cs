using Optimizer.Core.Studies;

namespace Optimizer.Cli.Output;

/// <summary>
/// What a study's trials say about the run: progress and best values, workers seen, the wall-clock span from the
/// first start to the last finish, and worker utilization = sum of trial durations / (workers x span).
/// </summary>
internal sealed record StudyReport(StudyProgress Progress, int WorkersSeen, TimeSpan WallSpan, double? Utilization)
{
    /// <param name="now">End of the span for trials still running.</param>
    public static StudyReport Of(IReadOnlyList<Trial> trials, StudyDefinition definition, int budget, DateTimeOffset now)
    {
        var progress = StudyProgress.Of(trials, definition, budget);
        var started = trials.Where(t => t.StartedAt is not null).ToArray();
        var workers = started.Select(t => t.Worker).Distinct().Count();
        if (started.Length == 0)
            return new StudyReport(progress, 0, TimeSpan.Zero, null);
        var first = started.Min(t => t.StartedAt!.Value);
        var last = started.Max(t => t.FinishedAt ?? now);
        var busy = started.Sum(t => ((t.FinishedAt ?? now) - t.StartedAt!.Value).TotalSeconds);
        var span = last - first;
        return new StudyReport(progress, workers, span, span > TimeSpan.Zero ? busy / (workers * span.TotalSeconds) : null);
    }
}
