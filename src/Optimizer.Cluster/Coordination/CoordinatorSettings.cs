namespace Optimizer.Cluster.Coordination;

/// <summary>
/// How a coordinator runs a study: how many trials in all (<paramref name="Budget"/>, failed ones included)
/// and how many failed trials in a row stop it (<paramref name="MaxConsecutiveFailures"/>).
/// </summary>
public sealed record CoordinatorSettings(int Budget, int MaxConsecutiveFailures)
{
    /// <summary>A running trial whose worker sends no heartbeat for this long is queued again (attempt + 1).</summary>
    public TimeSpan LeaseTimeout { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Proposals kept ready beyond the waiting workers, so a free worker waits milliseconds, not a model fit.</summary>
    public int Prefetch { get; init; } = 1;

    /// <summary>Pause before asking the strategy again after a proposal threw.</summary>
    public TimeSpan ProposalRetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Proposals failing this many times in a row end the study as faulted: the strategy cannot go on.</summary>
    public int MaxConsecutiveProposalFailures { get; init; } = 5;

    /// <summary>
    /// Cluster mode: only workers on nodes admitted by the gate (<see cref="Protocol.NodeAdmitted"/>) may register.
    /// Local workers (embedded mode, tests) are always admitted.
    /// </summary>
    public bool RequireAdmission { get; init; }

    /// <summary>
    /// What a resumed study does with trials a killed coordinator left running. Null (embedded mode): queue them again
    /// at once, their workers died with it. A duration (cluster mode): hold them that long for their workers, who
    /// reconnect and report the result or heartbeat the lease; after it they are queued again (attempt + 1).
    /// </summary>
    public TimeSpan? ReclaimGrace { get; init; }

    /// <summary>
    /// Once the study has ended, how long it waits at most for the workers on other nodes to stop (they were told why)
    /// before its result completes and the process may exit.
    /// </summary>
    public TimeSpan WorkersStopTimeout { get; init; } = TimeSpan.FromSeconds(10);
}
