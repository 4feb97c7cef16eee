using Optimizer.Core.Expressions;
using Optimizer.Core.Outcomes;
using Optimizer.Core.Space;

namespace Optimizer.Core.Studies;

/// <summary>A parsed, validated study: what to search, what to optimize, how to evaluate, how many trials.</summary>
/// <param name="Expressions">objectives and constraints given as closed forms of the parameters, by metric name: computed, not modelled or required from the evaluator.</param>
/// <param name="ReferencePoint">the hypervolume reference point, one value per objective in that objective's own direction; null: inferred.</param>
/// <param name="EarlyStopping">how hopeless trials are stopped early; null: never.</param>
public sealed record StudyDefinition(
    string Name,
    SearchSpace Space,
    IReadOnlyList<Objective> Objectives,
    IReadOnlyList<OutcomeConstraint> Constraints,
    EvaluatorDefinition Evaluator,
    int Trials,
    StrategyDefinition Strategy,
    int MaxConsecutiveFailures = 10,
    IReadOnlyDictionary<string, MetricExpression>? Expressions = null,
    IReadOnlyList<double>? ReferencePoint = null,
    EarlyStoppingDefinition? EarlyStopping = null)
{
    /// <summary>The early stopping of the study (<see cref="EarlyStoppingDefinition.Off"/> when none).</summary>
    public EarlyStoppingDefinition Stopping => EarlyStopping ?? EarlyStoppingDefinition.Off;

    /// <summary>Closed-form metrics by name (empty when none).</summary>
    public IReadOnlyDictionary<string, MetricExpression> ClosedForms => Expressions ?? new Dictionary<string, MetricExpression>();

    /// <summary>
    /// Every metric an evaluation must report: the objectives, their error metrics (<see cref="Objective.NoiseSdMetric"/>),
    /// then the constraints, except closed forms, each once.
    /// </summary>
    public IEnumerable<string> RequiredMetrics =>
        Objectives.Select(o => o.Name)
            .Concat(Objectives.Select(o => o.NoiseSdMetric).OfType<string>())
            .Concat(Constraints.Select(c => c.Name))
            .Where(name => !ClosedForms.ContainsKey(name))
            .Distinct(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="name"/> can name a study: it names the study's storage and trial directories, so it must be one file name.</summary>
    public static bool IsUsableName(string? name) =>
        !string.IsNullOrWhiteSpace(name) && name.IndexOfAny(['/', '\\', '\0']) < 0 && name is not ("." or "..");
}
