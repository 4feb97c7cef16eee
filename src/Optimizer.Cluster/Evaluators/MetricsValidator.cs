namespace Optimizer.Cluster.Evaluators;

/// <summary>
/// Checks reported metric values before they reach a study: every required metric (objectives and constraints)
/// is present and every value, required or extra, is finite. Extra metrics are kept.
/// Shared by every evaluator so a command and an in-process function fail for the same reasons.
/// </summary>
internal sealed class MetricsValidator(IEnumerable<string> requiredMetrics)
{
    private readonly string[] _requiredMetrics = requiredMetrics.ToArray();

    /// <summary>Success with <paramref name="values"/> unchanged, or a failure naming the missing or non-finite metrics.</summary>
    public EvaluationResult Validate(IReadOnlyDictionary<string, double> values)
    {
        var missing = _requiredMetrics.Where(name => !values.ContainsKey(name)).ToArray();
        if (missing.Length > 0)
            return EvaluationResult.Failure($"missing metric{(missing.Length > 1 ? "s" : "")} {Quoted(missing)}; " +
                                            (values.Count == 0 ? "the evaluator reported none" : $"the evaluator reported {Quoted(values.Keys)}"));
        foreach (var (name, value) in values)
        {
            if (double.IsNaN(value))
                return EvaluationResult.Failure($"metric '{name}' is NaN");
            if (double.IsInfinity(value))
                return EvaluationResult.Failure($"metric '{name}' is {(value > 0 ? "+" : "-")}infinite");
        }
        return EvaluationResult.Success(values);
    }

    private static string Quoted(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"'{n}'"));
}
