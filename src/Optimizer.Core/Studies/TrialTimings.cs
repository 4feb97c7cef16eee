namespace Optimizer.Core.Studies;

/// <summary>
/// Where a trial's time went, in seconds, as the coordinator measured it: its share of the proposal that produced it
/// (a batch's time divided by its size), how long the free worker slot that took it waited for it (request to
/// assignment), and the evaluation on the worker. Null where not measured (ask-and-tell, stores of schema version 1).
/// </summary>
public sealed record TrialTimings(double? ProposalSeconds, double? QueueWaitSeconds, double? EvaluationSeconds)
{
    public static readonly TrialTimings None = new(null, null, null);
}
