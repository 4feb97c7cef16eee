using Optimizer.Core.Outcomes;
using Optimizer.Core.Pruning;
using Optimizer.Core.Studies;

namespace Optimizer.Service.Serving;

/// <summary>
/// A study file's early stopping (<see cref="Pruners.For"/>) as the stop rule of <c>optimizer serve</c>: the learning
/// curves are read back from the store at each report, so a restarted service decides as the one before it did.
/// </summary>
public sealed class PrunerStopRule(IPruner pruner, Objective objective) : IStopRule
{
    /// <summary>The rule of <paramref name="definition"/>'s <c>early_stopping</c>; <see cref="NeverStop"/> when it has none.</summary>
    public static IStopRule For(StudyDefinition definition) =>
        definition.Stopping.IsEnabled ? new PrunerStopRule(Pruners.For(definition.Stopping), definition.Objectives[0]) : NeverStop.Instance;

    public bool ShouldStop(Trial trial, int step, IReadOnlyList<Trial> trials, IStudyStore store)
    {
        var curves = LearningCurves.From(store.AllIntermediateReports(), trials.ToDictionary(t => t.Number), objective);
        return curves.Of(trial.Number).Any(p => p.Step == step) && pruner.ShouldStop(curves, trial.Number, step);
    }
}
