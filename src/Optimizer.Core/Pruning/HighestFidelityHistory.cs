using Optimizer.Core.Outcomes;
using Optimizer.Core.Space;
using Optimizer.Core.Studies;

namespace Optimizer.Core.Pruning;

/// <summary>
/// What the model sees while early stopping leaves few complete trials: BOHB's rule (Falkner et al., "BOHB: Robust and
/// Efficient Hyperparameter Optimization at Scale", ICML 2018, section 3.1), which models the highest budget with enough
/// observations. Once <c>minimum</c> trials are complete the history is the complete trials' final values, as without
/// early stopping; before that, the objective of every trial at the highest step that at least <c>minimum</c> of them
/// reached (each at the first step it reported at or beyond it), so no early value ever stands beside final ones.
/// A metric the model needs besides the objective (a constraint's) comes from the same report; a trial whose report at
/// that step lacks one is not an observation of that step.
/// </summary>
public static class HighestFidelityHistory
{
    /// <summary>BOHB's N_min + 2 with N_min = d + 1, for a space of <paramref name="dimension"/> encoded coordinates.</summary>
    public static int MinimumFor(int dimension) => dimension + 3;

    /// <summary>
    /// The history the strategy of <paramref name="definition"/> is given, wherever its trials run (coordinator, serve,
    /// constraints or not): <paramref name="history"/> itself without early stopping; with it, <see cref="Choose"/> on the
    /// objective, with every constraint metric the strategy cannot compute itself (not a closed form); an intermediate report
    /// need not carry the objective's error metric.
    /// </summary>
    /// <param name="curves">The learning curves of the trials' current attempts (<see cref="LearningCurves.From"/>).</param>
    /// <param name="pointOf">A trial's parameters by number.</param>
    public static IReadOnlyList<Observation> For(StudyDefinition definition, IReadOnlyList<Observation> history, LearningCurves curves,
        Func<int, Assignment> pointOf)
    {
        if (!definition.Stopping.IsEnabled)
            return history;
        var objective = definition.Objectives[0];
        return Choose(history, curves, pointOf, objective, MinimumFor(definition.Space.Dimension),
            [.. definition.RequiredMetrics.Where(name => name != objective.Name && name != objective.NoiseSdMetric)]);
    }

    /// <param name="history">The complete and failed trials' observations.</param>
    /// <param name="curves">Every trial's learning curve.</param>
    /// <param name="pointOf">A trial's parameters by number.</param>
    /// <param name="objective">The objective the curves follow.</param>
    /// <param name="minimum">Observations a fidelity needs to be modelled.</param>
    /// <param name="metrics">Other metrics each observation must carry, taken from the report of the chosen step.</param>
    public static IReadOnlyList<Observation> Choose(IReadOnlyList<Observation> history, LearningCurves curves,
        Func<int, Assignment> pointOf, Objective objective, int minimum, IReadOnlyList<string>? metrics = null)
    {
        if (history.Count(o => !o.Failed) >= minimum)
            return history;
        var highest = curves.Trials.SelectMany(t => curves.Of(t)).Select(p => p.Step).DefaultIfEmpty(0).Max();
        for (var step = highest; step >= 1; step--)
        {
            var reached = curves.Trials
                .Select(t => Observed(curves, t, step, objective, metrics ?? []) is { } values ? new Observation(pointOf(t), values) : null)
                .OfType<Observation>()
                .ToArray();
            if (reached.Length < minimum)
                continue;
            return [.. history.Where(o => o.Failed), .. reached];
        }
        return history;
    }

    // The trial's objective at the first step it reported at or beyond step, with the other metrics of that report; null
    // when it had not got that far or that report lacks one of them.
    private static Dictionary<string, double>? Observed(LearningCurves curves, int trial, int step, Objective objective, IReadOnlyList<string> metrics)
    {
        if (curves.FirstPointAtOrAfter(trial, step, long.MaxValue) is not { } point)
            return null;
        var values = new Dictionary<string, double> { [objective.Name] = objective.ToMaximization(-point.Loss) };
        var reported = curves.MetricsAt(trial, point.Step);
        foreach (var name in metrics)
        {
            if (!reported.TryGetValue(name, out var value))
                return null;
            values[name] = value;
        }
        return values;
    }
}
