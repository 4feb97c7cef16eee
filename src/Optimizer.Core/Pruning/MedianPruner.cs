namespace Optimizer.Core.Pruning;

/// <summary>
/// The median stopping rule (Golovin et al., "Google Vizier", KDD 2017, section 3.2.2, on the value at the step rather
/// than its running average): from <c>min_step</c> on, a trial stops when its value at a step is worse than the median
/// of the other trials' values at that step, as they stood when it reported.
/// </summary>
public sealed class MedianPruner(int minStep) : IPruner
{
    public bool ShouldStop(LearningCurves curves, int trial, int step)
    {
        if (step < minStep)
            return false;
        var point = curves.At(trial, step);
        var others = curves.OthersAt(trial, step, point.Sequence);
        if (others.Count == 0)
            return false;
        others.Sort();
        var middle = others.Count / 2;
        var median = others.Count % 2 == 1 ? others[middle] : (others[middle - 1] + others[middle]) / 2;
        return point.Loss > median;
    }
}
