using Optimizer.Core.Studies;

namespace Optimizer.Viewer.Live;

/// <summary>
/// The trial a single-objective study recommends by the posterior mean (<see cref="Recommendation"/>), fitted again only
/// once another trial has completed: it reads complete trials alone and a complete trial never changes, while the page
/// asks on every change (a trial starting, a report) and a GP fit is not free. Null for several objectives.
/// </summary>
internal sealed class SnapshotRecommendation
{
    private readonly Lock _gate = new();
    private int _complete = -1;
    private Recommendation? _recommendation;

    public Recommendation? Of(StudySnapshot snapshot)
    {
        var complete = snapshot.Trials.Count(t => t.State == TrialState.Complete);
        lock (_gate)
        {
            if (complete != _complete)
            {
                var definition = snapshot.Definition;
                _recommendation = definition.Objectives.Count == 1
                    ? Recommendation.FromTrials(definition.Space, definition.Objectives[0], snapshot.Trials, definition.Constraints)
                    : null;
                _complete = complete;
            }
            return _recommendation;
        }
    }
}
