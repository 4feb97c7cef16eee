namespace Optimizer.Core.Pruning;

/// <summary>
/// One reported step of a learning curve: the objective as a loss (lower is better, whatever the objective's
/// direction) and the order in which it arrived among every trial's reports.
/// </summary>
public readonly record struct CurvePoint(int Step, double Loss, long Sequence);
