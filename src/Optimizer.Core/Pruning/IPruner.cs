namespace Optimizer.Core.Pruning;

/// <summary>
/// An early-stopping rule: whether a running trial that just reported its value at a step should stop now. Decided on
/// <see cref="LearningCurves"/> as they stood when that report arrived, so the same reports in the same order always
/// give the same decisions (a restarted coordinator decides as the one before it did).
/// </summary>
public interface IPruner
{
    /// <param name="curves">Every trial's curve; holds the report of <paramref name="trial"/> at <paramref name="step"/>.</param>
    /// <param name="trial">The trial that reported.</param>
    /// <param name="step">The step it reported.</param>
    bool ShouldStop(LearningCurves curves, int trial, int step);
}
