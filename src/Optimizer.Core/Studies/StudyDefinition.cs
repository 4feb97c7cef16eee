using Optimizer.Core.Expressions;
using Optimizer.Core.Outcomes;
using Optimizer.Core.Space;

namespace Optimizer.Core.Studies;

/// <summary>A parsed, validated study: what to search, what to optimize, how to evaluate, how many trials.</summary>
/// <param name="Expressions">objectives and constraints given as closed forms of the parameters, by metric name: computed, not modelled or required from the evaluator.</param>
/// <param name="ReferencePoint">the hypervolume reference point, one value per objective in that objective's own direction; null: inferred.</param>
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
    IReadOnlyList<double>? ReferencePoint = null)
{
    /// <summary>Closed-form metrics by name (empty when none).</summary>
    public IReadOnlyDictionary<string, MetricExpression> ClosedForms => Expressions ?? new Dictionary<string, MetricExpression>();

    /// <summary>Every metric an evaluation must report: the objectives, then the constraints, except closed forms.</summary>
    public IEnumerable<string> RequiredMetrics =>
        Objectives.Select(o => o.Name).Concat(Constraints.Select(c => c.Name)).Where(name => !ClosedForms.ContainsKey(name));
}
