namespace Optimizer.Core.Studies;

/// <summary>The best feasible complete trial for one objective.</summary>
public sealed record BestTrial(Objective Objective, int TrialNumber, double Value);

/// <summary>
/// How far a study has come: trials by state against the budget, and the best feasible value of each
/// objective on its own (for several objectives these are the ends of the front, not a single winner).
/// </summary>
public sealed record StudyProgress(int Budget, int Queued, int Running, int Complete, int Failed, IReadOnlyList<BestTrial> Best)
{
    /// <summary>Trials that reached a terminal state.</summary>
    public int Done => Complete + Failed;

    /// <summary>Counts the trials by state and finds the best feasible value of each objective.</summary>
    public static StudyProgress Of(IEnumerable<Trial> trials, StudyDefinition definition, int budget)
    {
        int queued = 0, running = 0, complete = 0, failed = 0;
        var best = new BestTrial?[definition.Objectives.Count];
        foreach (var trial in trials)
        {
            switch (trial.State)
            {
                case TrialState.Queued: queued++; break;
                case TrialState.Running: running++; break;
                case TrialState.Failed: failed++; break;
                case TrialState.Complete:
                    complete++;
                    if (IsFeasible(trial, definition))
                        KeepBest(trial, definition.Objectives, best);
                    break;
            }
        }
        return new StudyProgress(budget, queued, running, complete, failed, best.OfType<BestTrial>().ToArray());
    }

    private static bool IsFeasible(Trial trial, StudyDefinition definition) =>
        definition.Constraints.All(c => trial.Values.TryGetValue(c.Name, out var v) && c.IsSatisfiedBy(v));

    private static void KeepBest(Trial trial, IReadOnlyList<Objective> objectives, BestTrial?[] best)
    {
        for (var i = 0; i < objectives.Count; i++)
        {
            var objective = objectives[i];
            if (!trial.Values.TryGetValue(objective.Name, out var value) || !double.IsFinite(value))
                continue;
            if (best[i] is not { } current || objective.ToMaximization(value) > objective.ToMaximization(current.Value))
                best[i] = new BestTrial(objective, trial.Number, value);
        }
    }
}
