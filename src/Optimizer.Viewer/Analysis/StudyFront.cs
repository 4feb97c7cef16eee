using Optimizer.Core.MultiObjective;
using Optimizer.Core.Outcomes;
using Optimizer.Core.Studies;

namespace Optimizer.Viewer.Analysis;

/// <summary>
/// The complete trials a study reports as its result: the feasible non-dominated ones (<see cref="ParetoFront"/>);
/// for a single objective, the trials that share the best feasible value.
/// </summary>
public static class StudyFront
{
    /// <summary>The front's trials, by number.</summary>
    public static IReadOnlyList<Trial> Of(StudyDefinition definition, IReadOnlyList<Trial> trials)
    {
        var complete = trials.Where(t => t.State == TrialState.Complete).ToArray();
        var observations = complete.Select(t => new Observation(t.Parameters, t.Values)).ToArray();
        return ParetoFront.Select(observations, definition.Objectives, definition.Constraints).Select(i => complete[i]).ToArray();
    }

    /// <summary>Whether a complete trial meets every constraint and reports every objective as a finite number.</summary>
    public static bool Counts(StudyDefinition definition, Trial trial) =>
        trial.State == TrialState.Complete
        && Feasibility.IsFeasible(trial.Values, definition.Constraints)
        && ObjectiveVector.TryToMaximization(trial.Values, definition.Objectives, out _);
}
