using Optimizer.Core.MultiObjective;
using Optimizer.Core.Outcomes;
using Optimizer.Core.Studies;

namespace Optimizer.Viewer.Analysis;

/// <summary>
/// How a study converged: after each complete trial, the best feasible value (one objective, in its own direction) or
/// the hypervolume of the feasible front (several objectives), counting the trials in number order
/// (<see cref="ByTrial"/>) and in the order they finished (<see cref="ByTime"/>).
/// </summary>
/// <param name="IsHypervolume">True for several objectives.</param>
/// <param name="Reference">The hypervolume's reference point in the objectives' own directions; null for one objective or before any feasible trial.</param>
public sealed record ProgressHistory(
    bool IsHypervolume,
    IReadOnlyList<double>? Reference,
    IReadOnlyList<ProgressPoint> ByTrial,
    IReadOnlyList<ProgressPoint> ByTime)
{
    /// <summary>
    /// The history of <paramref name="trials"/>. <paramref name="reference"/> is given in the objectives' own directions
    /// (e.g. an upper bound on minimized LUTs); null infers it from every feasible trial (<see cref="ReferencePoint.Infer"/>).
    /// </summary>
    public static ProgressHistory Of(StudyDefinition definition, IReadOnlyList<Trial> trials, IReadOnlyList<double>? reference = null)
    {
        var objectives = definition.Objectives;
        var complete = trials.Where(t => t is { State: TrialState.Complete, FinishedAt: not null }).ToArray();
        var start = trials.Select(t => t.StartedAt).Where(t => t is not null).Min() ?? DateTimeOffset.UnixEpoch;
        var byTime = complete.OrderBy(t => t.FinishedAt).ThenBy(t => t.Number).ToArray();
        if (objectives.Count == 1)
            return new ProgressHistory(false, null, Best(definition, complete, start), Best(definition, byTime, start));

        var feasible = complete.Where(t => StudyFront.Counts(definition, t)).Select(t => Maximized(t, objectives)).ToArray();
        double[]? maximizedReference = reference is not null ? ReferencePoint.ToMaximization(reference, objectives)
            : feasible.Length > 0 ? ReferencePoint.Infer(feasible) : null;
        var ownReference = maximizedReference?.Select((r, i) => objectives[i].ToMaximization(r)).ToArray();
        return new ProgressHistory(true, ownReference,
            Hypervolumes(definition, complete, start, maximizedReference), Hypervolumes(definition, byTime, start, maximizedReference));
    }

    private static ProgressPoint[] Best(StudyDefinition definition, IReadOnlyList<Trial> ordered, DateTimeOffset start)
    {
        var objective = definition.Objectives[0];
        double? best = null;
        return ordered.Select(t =>
        {
            if (StudyFront.Counts(definition, t))
            {
                var value = t.Values[objective.Name];
                if (best is not { } b || objective.ToMaximization(value) > objective.ToMaximization(b))
                    best = value;
            }
            return Point(t, start, best);
        }).ToArray();
    }

    // The front is kept incrementally (a new point drops the members it dominates), so each step costs one front's hypervolume.
    private static ProgressPoint[] Hypervolumes(StudyDefinition definition, IReadOnlyList<Trial> ordered, DateTimeOffset start, double[]? reference)
    {
        var front = new List<double[]>();
        return ordered.Select(t =>
        {
            if (reference is null)
                return Point(t, start, null);
            if (StudyFront.Counts(definition, t))
            {
                var point = Maximized(t, definition.Objectives);
                if (!front.Any(f => Dominance.Dominates(f, point) || f.AsSpan().SequenceEqual(point)))
                {
                    front.RemoveAll(f => Dominance.Dominates(point, f));
                    front.Add(point);
                }
            }
            return Point(t, start, Hypervolume.Compute(front, reference));
        }).ToArray();
    }

    private static double[] Maximized(Trial trial, IReadOnlyList<Objective> objectives) =>
        ObjectiveVector.TryToMaximization(trial.Values, objectives, out var vector) ? vector
            : throw new ArgumentException($"trial {trial.Number} lacks an objective", nameof(trial));

    private static ProgressPoint Point(Trial trial, DateTimeOffset start, double? value) =>
        new(trial.Number, trial.FinishedAt!.Value, (trial.FinishedAt!.Value - start).TotalSeconds, value);
}
