namespace Optimizer.Core.Studies;

/// <summary>The intermediate reports that belong to each trial's current attempt, by step: what export and the viewer show.</summary>
public static class CurrentAttemptReports
{
    /// <summary>Trial number to its current attempt's reports in step order; a trial without any is absent.</summary>
    public static IReadOnlyDictionary<int, IReadOnlyList<IntermediateReport>> Of(IEnumerable<TrialReport> reports, IEnumerable<Trial> trials)
    {
        var attempts = trials.ToDictionary(t => t.Number, t => t.Attempt);
        return reports
            .Where(r => attempts.TryGetValue(r.Trial, out var attempt) && attempt == r.Report.Attempt)
            .GroupBy(r => r.Trial)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<IntermediateReport>)g.Select(r => r.Report).OrderBy(r => r.Step).ToArray());
    }

    /// <summary>The reports of <paramref name="store"/>'s trials' current attempts.</summary>
    public static IReadOnlyDictionary<int, IReadOnlyList<IntermediateReport>> Of(IReadOnlyStudyStore store, IEnumerable<Trial> trials) =>
        Of(store.AllIntermediateReports(), trials);
}
