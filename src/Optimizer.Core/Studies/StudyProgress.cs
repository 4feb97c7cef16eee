using Optimizer.Core.Outcomes;

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
        var tally = new StudyProgressTally(definition, budget);
        foreach (var trial in trials)
            tally.Replace(null, trial);
        return tally.Progress();
    }
}
