using Optimizer.Core.Outcomes;

namespace Optimizer.Core.Studies;

/// <summary>
/// A <see cref="StudyProgress"/> kept up to date one trial change at a time, so an owner that sees every change
/// (the coordinator) need not recount all trials on each one. Not thread-safe.
/// </summary>
public sealed class StudyProgressTally(StudyDefinition definition, int budget)
{
    private readonly BestTrial?[] _best = new BestTrial?[definition.Objectives.Count];
    private int _queued;
    private int _running;
    private int _complete;
    private int _failed;
    private int _pruned;
    private int _interrupted;

    /// <summary>
    /// Counts <paramref name="after"/> in place of <paramref name="before"/> (null for a trial not counted yet).
    /// A complete trial never changes again, so a best, once found, stays.
    /// </summary>
    public void Replace(Trial? before, Trial after)
    {
        if (before is not null)
            Count(before.State, -1);
        Count(after.State, +1);
        if (after.State == TrialState.Complete && before?.State != TrialState.Complete && Feasibility.IsFeasible(after.Values, definition.Constraints))
            KeepBest(after);
    }

    public StudyProgress Progress() => new(budget, _queued, _running, _complete, _failed, _best.OfType<BestTrial>().ToArray(), _pruned, _interrupted);

    private void Count(TrialState state, int change)
    {
        switch (state)
        {
            case TrialState.Queued: _queued += change; break;
            case TrialState.Running: _running += change; break;
            case TrialState.Complete: _complete += change; break;
            case TrialState.Failed: _failed += change; break;
            case TrialState.Pruned: _pruned += change; break;
            case TrialState.Interrupted: _interrupted += change; break;
        }
    }

    private void KeepBest(Trial trial)
    {
        for (var i = 0; i < definition.Objectives.Count; i++)
        {
            var objective = definition.Objectives[i];
            if (!trial.Values.TryGetValue(objective.Name, out var value) || !double.IsFinite(value))
                continue;
            if (_best[i] is not { } current || objective.ToMaximization(value) > objective.ToMaximization(current.Value))
                _best[i] = new BestTrial(objective, trial.Number, value);
        }
    }
}
