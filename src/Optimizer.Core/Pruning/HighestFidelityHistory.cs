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
/// </summary>
public static class HighestFidelityHistory
{
    /// <summary>BOHB's N_min + 2 with N_min = d + 1, for a space of <paramref name="dimension"/> encoded coordinates.</summary>
    public static int MinimumFor(int dimension) => dimension + 3;

    /// <param name="history">The complete and failed trials' observations.</param>
    /// <param name="curves">Every trial's learning curve.</param>
    /// <param name="pointOf">A trial's parameters by number.</param>
    /// <param name="objective">The objective the curves follow.</param>
    /// <param name="minimum">Observations a fidelity needs to be modelled.</param>
    public static IReadOnlyList<Observation> Choose(IReadOnlyList<Observation> history, LearningCurves curves,
        Func<int, Assignment> pointOf, Objective objective, int minimum)
    {
        if (history.Count(o => !o.Failed) >= minimum)
            return history;
        var highest = curves.Trials.SelectMany(t => curves.Of(t)).Select(p => p.Step).DefaultIfEmpty(0).Max();
        for (var step = highest; step >= 1; step--)
        {
            var reached = curves.Trials
                .Select(t => (Trial: t, Loss: curves.FirstAtOrAfter(t, step, long.MaxValue)))
                .Where(r => r.Loss is not null)
                .ToArray();
            if (reached.Length < minimum)
                continue;
            return
            [
                .. history.Where(o => o.Failed),
                .. reached.Select(r => new Observation(pointOf(r.Trial),
                    new Dictionary<string, double> { [objective.Name] = objective.ToMaximization(-r.Loss!.Value) })),
            ];
        }
        return history;
    }
}
