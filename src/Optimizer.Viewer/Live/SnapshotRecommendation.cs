using Optimizer.Core.Studies;

namespace Optimizer.Viewer.Live;

/// <summary>
/// The trial a single-objective study recommends by the posterior mean (<see cref="Recommendation"/>), fitted once per
/// <see cref="StudySnapshot.Version"/>: the page asks on every change and a GP fit is not free. Null for several objectives.
/// </summary>
internal sealed class SnapshotRecommendation
{
    private readonly Lock _gate = new();
    private long _version = -1;
    private Recommendation? _recommendation;

    public Recommendation? Of(StudySnapshot snapshot)
    {
        lock (_gate)
        {
            if (snapshot.Version != _version)
            {
                var definition = snapshot.Definition;
                _recommendation = definition.Objectives.Count == 1
                    ? Recommendation.FromTrials(definition.Space, definition.Objectives[0], snapshot.Trials, definition.Constraints)
                    : null;
                _version = snapshot.Version;
            }
            return _recommendation;
        }
    }
}
