using Optimizer.Core.MultiObjective;
using Optimizer.Core.Outcomes;
using Optimizer.Core.Studies;

namespace Optimizer.Cli.Output;

/// <summary>
/// The Pareto front of a study's complete trials (feasible and non-dominated, closed-form metrics as stored; best first
/// in the first objective), its
/// hypervolume and the reference point used: the study file's, or inferred from the front as the strategy infers it.
/// </summary>
internal sealed record ParetoSummary(IReadOnlyList<Trial> Front, double Hypervolume, IReadOnlyList<double>? Reference, bool ReferenceInferred)
{
    /// <summary>Null for a single-objective study.</summary>
    public static ParetoSummary? Of(IReadOnlyList<Trial> trials, StudyDefinition definition)
    {
        var objectives = definition.Objectives;
        if (objectives.Count < 2) return null;
        var complete = trials.Where(t => t.State == TrialState.Complete).ToList();
        var observations = complete.Select(t => new Observation(t.Parameters, t.Values)).ToList();
        // Best first in the first objective: a trade-off read from one end of the front to the other.
        var front = ParetoFront.Select(observations, objectives, definition.Constraints)
            .OrderByDescending(i => objectives[0].ToMaximization(observations[i].Values[objectives[0].Name]))
            .Select(i => complete[i])
            .ToList();
        if (front.Count == 0) return new ParetoSummary(front, 0.0, definition.ReferencePoint, false);
        var vectors = front.Select(t => objectives.Select(o => o.ToMaximization(t.Values[o.Name])).ToArray()).ToList();
        var reference = definition.ReferencePoint is { } given
            ? ReferencePoint.ToMaximization(given, objectives)
            : ReferencePoint.Infer(vectors);
        return new ParetoSummary(
            front,
            Optimizer.Core.MultiObjective.Hypervolume.Compute(vectors, reference),
            objectives.Select((o, j) => o.ToMaximization(reference[j])).ToArray(),
            definition.ReferencePoint is null);
    }
}
