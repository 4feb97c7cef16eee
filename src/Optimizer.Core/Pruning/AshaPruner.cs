namespace Optimizer.Core.Pruning;

/// <summary>
/// Asynchronous successive halving (Li et al., "A System for Massively Parallel Hyperparameter Tuning", MLSys 2020,
/// Algorithm 2), as a stopping rule: rungs at min_step·η^k below max_step; a trial reaching a rung goes on when it is
/// in the top 1/η of every value recorded at that rung so far, itself included, and the first trials at a rung always
/// go on (at least one is kept), so no rung waits for others to finish. A trial's value at a rung is its value at the
/// first step it reported at or beyond it.
/// </summary>
public sealed class AshaPruner : IPruner
{
    private readonly int _reductionFactor;

    /// <param name="minStep">The first rung (ASHA's minimum resource r).</param>
    /// <param name="maxStep">The last step a trial runs to (ASHA's R); rungs lie below it. Null: rungs without end.</param>
    /// <param name="reductionFactor">η: each rung keeps 1 in η trials.</param>
    public AshaPruner(int minStep, int? maxStep, int reductionFactor)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minStep, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(reductionFactor, 2);
        _reductionFactor = reductionFactor;
        var rungs = new List<int>();
        for (long rung = minStep; rung < (maxStep ?? int.MaxValue); rung *= reductionFactor)
            rungs.Add((int)rung);
        Rungs = rungs;
    }

    /// <summary>The steps at which trials are compared, ascending.</summary>
    public IReadOnlyList<int> Rungs { get; }

    public bool ShouldStop(LearningCurves curves, int trial, int step)
    {
        var point = curves.At(trial, step);
        var reachedBefore = 0;
        foreach (var earlier in curves.Of(trial))
            if (earlier.Sequence < point.Sequence)
                reachedBefore = Math.Max(reachedBefore, earlier.Step);
        foreach (var rung in Rungs)
        {
            if (rung <= reachedBefore || rung > step)
                continue;
            var (count, better) = (1, 0);
            foreach (var other in curves.Trials)
            {
                if (other == trial || curves.FirstAtOrAfter(other, rung, point.Sequence) is not { } loss)
                    continue;
                count++;
                if (loss < point.Loss)
                    better++;
            }
            if (better + 1 > Math.Max(1, count / _reductionFactor))
                return true;
        }
        return false;
    }
}
