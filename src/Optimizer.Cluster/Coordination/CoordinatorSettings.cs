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
}
