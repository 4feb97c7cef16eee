using Optimizer.Core.Space;

namespace Optimizer.Core.Studies;

/// <summary>A parsed, validated study: what to search, what to optimize, how to evaluate, how many trials.</summary>
public sealed record StudyDefinition(
    string Name,
    SearchSpace Space,
    IReadOnlyList<Objective> Objectives,
    IReadOnlyList<OutcomeConstraint> Constraints,
    EvaluatorDefinition Evaluator,
    int Trials,
    StrategyDefinition Strategy,
    int MaxConsecutiveFailures = 10)
{
    /// <summary>Every metric an evaluation must report: the objectives, then the constraints.</summary>
    public IEnumerable<string> RequiredMetrics => Objectives.Select(o => o.Name).Concat(Constraints.Select(c => c.Name));
}
