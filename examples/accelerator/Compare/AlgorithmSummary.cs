namespace Ares.Compare;

/// <summary>
/// Medians over tasks for one algorithm. Steps to the threshold count a task that never reached it as beyond the
/// budget (the lower median is taken), so it is null ("never") when more than half the tasks never got there.
/// </summary>
internal sealed record AlgorithmSummary(
    string Algorithm,
    double MedianBestObservedUm,
    double MedianTrueErrorOfBestUm,
    int? MedianStepsToThreshold,
    int NeverReached,
    int Tasks,
    double Seconds)
{
    public static AlgorithmSummary Of(string algorithm, IReadOnlyList<EpisodeResult> results) => new(
        algorithm,
        Median(results.Select(r => r.BestObservedError * 1e6)),
        Median(results.Select(r => r.TrueErrorOfBest * 1e6)),
        MedianSteps(results.Select(r => r.StepsToThreshold)),
        results.Count(r => r.StepsToThreshold is null),
        results.Count,
        results.Sum(r => r.Seconds));

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    // The lower median of the steps, a never-reached task ranked last.
    private static int? MedianSteps(IEnumerable<int?> steps)
    {
        var sorted = steps.OrderBy(s => s ?? int.MaxValue).ToArray();
        return sorted[(sorted.Length - 1) / 2];
    }
}
