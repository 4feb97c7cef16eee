namespace Optimizer.Core.Outcomes;

/// <summary>The standard errors a study's evaluations reported for an objective (<see cref="Objective.NoiseSdMetric"/>).</summary>
public static class ReportedErrors
{
    /// <summary>
    /// Each evaluation's error of <paramref name="objective"/>, in the order of <paramref name="values"/>; an error that is
    /// missing, negative or not finite stands as the largest valid one (an observation whose error is unknown is trusted
    /// least). Null when the objective names no error metric or no evaluation reported a valid one.
    /// </summary>
    public static double[]? Of(Objective objective, IEnumerable<IReadOnlyDictionary<string, double>> values)
    {
        if (objective.NoiseSdMetric is not { } metric) return null;
        var reported = values.Select(v => v.TryGetValue(metric, out var e) && e >= 0 && double.IsFinite(e) ? e : (double?)null).ToArray();
        if (reported.All(e => e is null)) return null;
        var largest = reported.Max()!.Value;
        return reported.Select(e => e ?? largest).ToArray();
    }
}
